// This stub mirrors the signatures of the real AWS SDK for Java v2 (software.amazon.awssdk),
// for compile checks of the Leakfix snippets only: it holds just the surface they use,
// and every method throws if a program ever runs it.
package software.amazon.awssdk.services.secretsmanager.model;

/** Mirrors the real GetSecretValueResponse in the accessor the snippets call. */
public final class GetSecretValueResponse {
    private GetSecretValueResponse() {
    }

    public String secretString() {
        throw new UnsupportedOperationException("compile-check stub of the AWS SDK for Java v2");
    }
}
