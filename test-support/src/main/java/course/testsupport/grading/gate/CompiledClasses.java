package course.testsupport.grading.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Which source files of a chapter's code have no class file after the build. javac may write the
 * classes it finished before it met an error in another file, so tests can run against half of a
 * student's code; a source file without its class is how the gate notices that the code did not compile.
 */
final class CompiledClasses {

    private CompiledClasses() {
    }

    /**
     * The sources under {@code sourceRoot} whose top-level class {@code p/Name.class} is missing from
     * {@code classesDir} (package-info and module-info have none and are skipped).
     */
    static List<Path> missing(Path sourceRoot, Path classesDir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path source : GradedTestCatalog.javaFiles(sourceRoot)) {
            Path relative = sourceRoot.relativize(source);
            String file = relative.getFileName().toString();
            if (file.equals("package-info.java") || file.equals("module-info.java")) {
                continue;
            }
            String classFile = relative.toString().substring(0, relative.toString().length() - ".java".length())
                    + ".class";
            if (!Files.isRegularFile(classesDir.resolve(classFile))) {
                missing.add(source);
            }
        }
        return missing;
    }
}
