// This stub mirrors the signatures of the real AWS SDK for Java v2 (software.amazon.awssdk),
// for compile checks of the Leakfix snippets only: it holds just the surface they use,
// and every method throws if a program ever runs it.
package software.amazon.awssdk.core.client.config;

import java.time.Duration;

/** Mirrors the real ClientOverrideConfiguration in the timeouts the snippets set. */
public final class ClientOverrideConfiguration {
    private ClientOverrideConfiguration() {
    }

    /** Mirrors the real ClientOverrideConfiguration.Builder. */
    public interface Builder {
        Builder apiCallTimeout(Duration apiCallTimeout);

        Builder apiCallAttemptTimeout(Duration apiCallAttemptTimeout);
    }
}
