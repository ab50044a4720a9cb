// This stub mirrors the signatures of the real AWS SDK for Java v2 (software.amazon.awssdk),
// for compile checks of the Leakfix snippets only: it holds just the surface they use,
// and every method throws if a program ever runs it.
package software.amazon.awssdk.core.exception;

/** Mirrors the real SdkException, the unchecked base of every SDK client and service error. */
public class SdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    protected SdkException(String message) {
        super(message);
    }
}
