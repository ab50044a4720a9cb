// This stub mirrors the signatures of the real AWS SDK for Java v2 (software.amazon.awssdk),
// for compile checks of the Leakfix snippets only: it holds just the surface they use,
// and every method throws if a program ever runs it.
package software.amazon.awssdk.services.secretsmanager;

import java.util.function.Consumer;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;

/** Mirrors the real SecretsManagerClientBuilder (through SdkClientBuilder and SdkBuilder). */
public interface SecretsManagerClientBuilder {
    SecretsManagerClientBuilder overrideConfiguration(Consumer<ClientOverrideConfiguration.Builder> overrideConfiguration);

    SecretsManagerClient build();
}
