package course.testsupport.grading.gate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in a scratch folder only to learn the compiler's first errors, in the
 * words javac uses, for a chapter whose build stopped before its tests.
 */
final class CompilerProbe {

    static final int MAX_ERRORS = 3;

    private CompilerProbe() {
    }

    /**
     * One compiler error, where it is and in javac's words.
     *
     * @param file the source file, or null when javac names none
     * @param line the line in {@code file}, or 0 when unknown
     * @param text "File.java:12: error: ..." as a student reads it
     */
    record CompileError(Path file, int line, String text) {
    }

    /** The first errors from compiling {@code sources} against {@code classpath}; empty if they compile. */
    static List<CompileError> firstErrors(List<Path> sources, String classpath, Path outputDir) throws IOException {
        if (sources.isEmpty()) {
            return List.of();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(outputDir);
            List<String> options = List.of("-proc:none", "-implicit:none", "-nowarn", "-d", outputDir.toString(),
                    "-classpath", classpath);
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR && errors.size() < MAX_ERRORS) {
                Path file = diagnostic.getSource() == null ? null : Path.of(diagnostic.getSource().toUri());
                int line = diagnostic.getLineNumber() > 0 ? (int) diagnostic.getLineNumber() : 0;
                String name = file == null ? "?" : file.getFileName().toString();
                errors.add(new CompileError(file, line, name + ":" + diagnostic.getLineNumber() + ": error: "
                        + diagnostic.getMessage(Locale.ROOT)));
            }
        }
        return errors;
    }

    /** Deletes a scratch folder made for {@link #firstErrors}. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
