package course.tool;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code release student}: writes a student edition, then proves with the leak scan that nothing leaked. */
@Command(name = "student", mixinStandardHelpOptions = true,
        description = "Writes a ready-to-push student edition: skeletons, public tests, test support, lessons, "
                + "Maven Wrapper, editor setup and the grading workflow; no reference solution, no hidden test.%n"
                + "Fails (exit 1) when the leak scan finds any reference body or hidden test in the result.")
final class ReleaseStudentCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where to write the edition: a new or empty folder.")
    private Path out;

    @Mixin
    private CourseOption courseOption;

    @Option(names = "--force", description = "Write into a folder that is not empty (its other files stay).")
    private boolean force;

    @Override
    public Integer call() throws IOException {
        CourseRoot course = courseOption.course();
        Path edition = out.toAbsolutePath().normalize();
        if (edition.startsWith(course.root())) {
            throw new ToolFailure(edition + " is inside the course; write the edition somewhere else");
        }
        EditionLayout.checkOut(edition, force);
        int files = new EditionLayout(course).write(edition);
        LeakScan scan = new LeakScan(Fingerprints.of(course));
        LeakScan.Result result = scan.scan(edition);
        PrintWriter stdout = spec.commandLine().getOut();
        if (!result.leaks().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            result.leaks().forEach(err::println);
            err.println("course-tool: the student edition in " + edition + " leaks " + result.leaks().size()
                    + " secret(s), listed above; it was left in place for inspection; do not push it");
            err.flush();
            return 1;
        }
        stdout.println("Student edition written to " + edition + " (" + files + " files).");
        stdout.println("Leak scan: " + result.files() + " files, " + scan.size() + " fingerprints, no leak.");
        stdout.flush();
        return 0;
    }
}
