// This stub mirrors the signatures of the real AWS SDK for Java v2 (software.amazon.awssdk),
// for compile checks of the Leakfix snippets only: it holds just the surface they use,
// and every method throws if a program ever runs it.
package software.amazon.awssdk.services.secretsmanager;

import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueRequest;
import software.amazon.awssdk.services.secretsmanager.model.GetSecretValueResponse;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/** Mirrors the real SecretsManagerClient (which reaches SdkAutoCloseable through AwsClient and SdkClient). */
public interface SecretsManagerClient extends SdkAutoCloseable {
    /** Mirrors the real builder(): region and credentials from the default provider chains unless set. */
    static SecretsManagerClientBuilder builder() {
        throw new UnsupportedOperationException("compile-check stub of the AWS SDK for Java v2");
    }

    default GetSecretValueResponse getSecretValue(GetSecretValueRequest getSecretValueRequest) {
        throw new UnsupportedOperationException("compile-check stub of the AWS SDK for Java v2");
    }
}
