package course.tool;

import course.tool.grade.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code release bundle}: one chapter's autograder as a zip for a grading platform. Gradescope keeps its
 * bundle on its server, so it holds the hidden tests; Classroom 50's can be downloaded by students, so it
 * holds only public material and is leak-scanned before it is written.
 */
@Command(name = "bundle", mixinStandardHelpOptions = true,
        description = "Writes one chapter's autograder bundle for a grading platform: the course's pristine build "
                + "for that chapter (never a reference solution, never the skeleton) and the platform's scripts.%n"
                + "gradescope: setup.sh, run_autograder and the public and hidden tests (the zip stays on "
                + "Gradescope's server).%n"
                + "classroom50: autograder.py and the public tests only (students can download it); fails "
                + "(exit 1) when the leak scan finds a reference body or hidden test in it.")
final class ReleaseBundleCommand implements Callable<Integer> {

    /** The grading platforms a bundle is written for. */
    enum Target {
        /** Gradescope's autograder zip: setup.sh and run_autograder. */
        gradescope(true, List.of("setup.sh", "run_autograder")),
        /** A Classroom 50 assignment bundle: autograder.py. */
        classroom50(false, List.of("autograder.py"));

        private final boolean hidden;
        private final List<String> scripts;

        Target(boolean hidden, List<String> scripts) {
            this.hidden = hidden;
            this.scripts = scripts;
        }
    }

    /** The folder of a bundle that holds the course. */
    static final String COURSE = "course";

    /** What a script says where the chapter's name goes. */
    private static final String CHAPTER = "@CHAPTER@";

    @Spec
    private CommandSpec spec;

    @Option(names = "--for", required = true, paramLabel = "PLATFORM",
            description = "The grading platform: ${COMPLETION-CANDIDATES}.")
    private Target target;

    @Option(names = "--chapter", required = true, paramLabel = "NN-name", description = "The chapter graded.")
    private String chapter;

    @Option(names = "--out", required = true, paramLabel = "FILE.zip", description = "The zip to write.")
    private Path out;

    @Mixin
    private CourseOption courseOption;

    @Override
    public Integer call() throws IOException {
        CourseRoot course = courseOption.course();
        List<String> chapters = course.chapters().stream().map(path -> path.getFileName().toString()).toList();
        if (!chapters.contains(chapter)) {
            throw new ToolFailure("no chapter " + chapter + " in " + course.root() + " (its chapters: "
                    + String.join(", ", chapters) + ")");
        }
        Path zip = out.toAbsolutePath().normalize();
        Path staging = Files.createTempDirectory("bundle-");
        try {
            Workspace.writeCourse(course, staging.resolve(COURSE), List.of(chapter), target.hidden);
            for (String script : target.scripts) {
                Files.writeString(staging.resolve(script), resource(script).replace(CHAPTER, chapter),
                        StandardCharsets.UTF_8);
            }
            if (!target.hidden) {
                LeakScan scan = new LeakScan(Fingerprints.of(course));
                List<String> leaks = scan.scan(staging).leaks();
                if (!leaks.isEmpty()) {
                    PrintWriter err = spec.commandLine().getErr();
                    leaks.forEach(err::println);
                    err.flush();
                    throw new ToolFailure("the " + target + " bundle would leak " + leaks.size()
                            + " secret(s), listed above; no zip was written");
                }
            }
            int files = writeZip(staging, zip);
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println("Bundle for " + target + " written to " + zip + " (" + chapter + ", " + files
                    + " files" + (target.hidden ? ", hidden tests included" : ", leak scan: no leak") + ").");
            stdout.flush();
            return 0;
        } finally {
            deleteTree(staging);
        }
    }

    /** Zips every file under {@code from}, with '/' separators, in a stable order. */
    private static int writeZip(Path from, Path zip) throws IOException {
        Files.createDirectories(zip.getParent());
        List<Path> files = FileTree.files(from);
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Path path : files) {
                out.putNextEntry(new ZipEntry(from.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return files.size();
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = ReleaseBundleCommand.class.getResourceAsStream("bundle/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the tool's jar lacks the resource bundle/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
