import java.io.File;
import java.io.StringWriter;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles many independent Java programs in one JVM, each into its own folder (the folder of its source file),
 * so a catalog of snippets pays for one javac start-up instead of one per program.
 *
 * Usage: java JavacBatch.java CLASSPATH SOURCEPATH FILE...
 * Prints, for each file, a line "=== ok FILE" or "=== failed FILE" followed by javac's diagnostics.
 */
public final class JavacBatch {
    public static void main(String[] args) throws Exception {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            for (int i = 2; i < args.length; i++) {
                File source = new File(args[i]);
                List<String> options = List.of(
                        "-d", source.getParent(), "-cp", args[0], "-sourcepath", args[1],
                        "-encoding", "UTF-8", "-Xlint:all", "-Werror");
                StringWriter diagnostics = new StringWriter();
                boolean ok = javac.getTask(diagnostics, files, null, options, null, files.getJavaFileObjects(source)).call();
                System.out.println("=== " + (ok ? "ok " : "failed ") + source);
                System.out.print(diagnostics);
            }
        }
    }
}
