// This stub mirrors the signatures of the real AWS SDK for Java v2 (software.amazon.awssdk),
// for compile checks of the Leakfix snippets only: it holds just the surface they use,
// and every method throws if a program ever runs it.
package software.amazon.awssdk.services.secretsmanager.model;

/** Mirrors the real GetSecretValueRequest and the part of its Builder the snippets call. */
public final class GetSecretValueRequest {
    private GetSecretValueRequest() {
    }

    public static Builder builder() {
        throw new UnsupportedOperationException("compile-check stub of the AWS SDK for Java v2");
    }

    public interface Builder {
        Builder secretId(String secretId);

        GetSecretValueRequest build();
    }
}
