package course.tool;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scan}: the leak scan alone, on an edition written earlier (and perhaps edited since). */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Searches an edition for every reference method body and every hidden test of the course.%n"
                + "Exit 0: nothing found; exit 1: each leak is listed.")
final class ScanCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--edition", required = true, paramLabel = "DIR", description = "The edition to scan.")
    private Path edition;

    @Mixin
    private CourseOption courseOption;

    @Override
    public Integer call() throws IOException {
        CourseRoot course = courseOption.course();
        if (!Files.isDirectory(edition)) {
            throw new ToolFailure(edition + " is not a folder");
        }
        LeakScan scan = new LeakScan(Fingerprints.of(course));
        LeakScan.Result result = scan.scan(edition.toAbsolutePath().normalize());
        if (!result.leaks().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            result.leaks().forEach(err::println);
            err.println("course-tool: " + result.leaks().size() + " leak(s) in " + edition);
            err.flush();
            return 1;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("Leak scan of " + edition + ": " + result.files() + " files, " + scan.size()
                + " fingerprints, no leak.");
        stdout.flush();
        return 0;
    }
}
