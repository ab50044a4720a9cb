// This stub mirrors the signatures of the real AWS SDK for Java v2 (software.amazon.awssdk),
// for compile checks of the Leakfix snippets only: it holds just the surface they use,
// and every method throws if a program ever runs it.
package software.amazon.awssdk.utils;

/** Mirrors the real SdkAutoCloseable: close() declares no checked exception. */
public interface SdkAutoCloseable extends AutoCloseable {
    @Override
    void close();
}
