package course.tool.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("grade")
class GradeCommandTest {

    @TempDir
    private Path dir;

    @Test
    @DisplayName("kills a build that outlives --timeout-seconds, and still writes every row and feedback")
    void timeoutAndMissing() throws Exception {
        WorkspaceTest.write(dir.resolve("subs/slow/01-blocking/src/main/java/course/blocking/Frames.java"), "//");
        WorkspaceTest.write(dir.resolve("subs/empty/README.md"), "nothing");
        ProcessRunner real = new ProcessRunner(ProcessRunner.DEFAULT_CAP);
        GradeCommand command = new GradeCommand();
        command.runner((maven, folder, environment, log, timeout) ->
                real.run(List.of("sleep", "30"), folder, environment, log, timeout));
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command).setErr(new PrintWriter(err, true))
                .setOut(new PrintWriter(new StringWriter(), true));
        long start = System.nanoTime();

        int code = line.execute(dir.resolve("subs/slow").toString(), dir.resolve("subs/empty").toString(),
                "--out", dir.resolve("out").toString(), "--course", WorkspaceTest.COURSE.toString(),
                "--chapter", "01-blocking", "--hidden", "--jobs", "2", "--timeout-seconds", "1");

        assertThat(code).isZero();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(Files.readAllLines(dir.resolve("out/gradebook.csv"))).containsExactly(
                "student,01-blocking,total,max,status,note",
                "slow,0,0,72,timeout,01-blocking: no results.json (timeout); stopped after 1 s",
                "empty,0,0,72,missing-files,01-blocking: missing src/main/java");
        assertThat(dir.resolve("out/feedback/slow.md")).content().contains("0 of 72 points (no results: timeout)");
        assertThat(dir.resolve("out/feedback/empty.md")).isRegularFile();
        assertThat(err.toString()).contains("] slow: 0/72 (01-blocking 0/72) timeout in ",
                "] empty: 0/72 (01-blocking 0/72) missing-files in ");
    }

    @Test
    @DisplayName("refuses, with exit 2 and before any build, an --out inside the course, inside a submission, "
            + "or full of other files, and two submissions of one name")
    void refusesUnsafeOutputAndDuplicateNames() throws Exception {
        WorkspaceTest.write(dir.resolve("subs/alice/README.md"), "x");
        WorkspaceTest.write(dir.resolve("other/alice/README.md"), "x");
        WorkspaceTest.write(dir.resolve("photos/cat.jpg"), "meow");
        GradeCommand command = new GradeCommand();
        command.runner((maven, folder, environment, log, timeout) -> {
            throw new AssertionError("nothing may run");
        });
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command).setErr(new PrintWriter(err, true));
        String alice = dir.resolve("subs/alice").toString();
        String course = WorkspaceTest.COURSE.toString();

        assertThat(line.execute(alice, "--course", course, "--out", WorkspaceTest.COURSE.resolve("grades")
                .toString())).isEqualTo(2);
        assertThat(line.execute(alice, "--course", course, "--out", dir.resolve("subs/alice/out").toString()))
                .isEqualTo(2);
        assertThat(line.execute(alice, "--course", course, "--out", dir.resolve("photos").toString())).isEqualTo(2);
        assertThat(line.execute(alice, dir.resolve("other/alice").toString(), "--course", course,
                "--out", dir.resolve("out").toString())).isEqualTo(2);

        assertThat(err.toString()).contains("is inside the course", "is inside the submission",
                "holds files that grade did not write", "two submissions are named alice");
        assertThat(WorkspaceTest.COURSE.resolve("grades")).doesNotExist();
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(dir.resolve("photos/cat.jpg")).hasContent("meow");
    }

    @Test
    @DisplayName("updates its own earlier output, and leaves no work folder behind")
    void updatesItsOwnOutput() throws Exception {
        WorkspaceTest.write(dir.resolve("subs/alice/README.md"), "x");
        CommandLine line = new CommandLine(new GradeCommand()).setErr(new PrintWriter(new StringWriter(), true))
                .setOut(new PrintWriter(new StringWriter(), true));
        String[] args = {dir.resolve("subs/alice").toString(), "--course", WorkspaceTest.COURSE.toString(),
            "--chapter", "01-blocking", "--out", dir.resolve("out").toString()};

        assertThat(line.execute(args)).isZero();
        assertThat(line.execute(args)).isZero();

        assertThat(dir.resolve("out/gradebook.csv")).content().contains("alice,0,0,36,missing-files");
        assertThat(dir.resolve("out/work")).doesNotExist();
        assertThat(OutputFolder.previousSeconds(dir.resolve("out"))).containsOnlyKeys("alice");
    }

    @Test
    @DisplayName("starts the slowest submissions of the last batch first, and new ones before them all")
    void slowestFirst() {
        List<Path> given = List.of(Path.of("s/quick"), Path.of("s/hangs"), Path.of("s/new"), Path.of("s/medium"));

        List<Path> order = GradeCommand.slowestFirst(given, Map.of("quick", 9L, "hangs", 60L, "medium", 20L));

        assertThat(order).containsExactly(Path.of("s/new"), Path.of("s/hangs"), Path.of("s/medium"),
                Path.of("s/quick"));
    }

    @Test
    @DisplayName("explains every status of the gradebook in its --help")
    void helpNamesEveryStatus() {
        String help = new CommandLine(new GradeCommand()).getUsageMessage();

        for (RowStatus status : RowStatus.values()) {
            assertThat(help).as("--help explains the status " + status.label()).contains("  " + status.label() + " ");
        }
    }

    @Test
    @DisplayName("exits 2 without submissions and 1 for an unknown chapter")
    void badCommandLine() throws Exception {
        WorkspaceTest.write(dir.resolve("subs/alice/README.md"), "x");
        CommandLine line = new CommandLine(new GradeCommand()).setErr(new PrintWriter(new StringWriter(), true));

        assertThat(line.execute("--out", dir.toString())).isEqualTo(2);
        assertThat(line.execute(dir.resolve("subs/alice").toString(), "--out", dir.resolve("out").toString(),
                "--course", WorkspaceTest.COURSE.toString(), "--chapter", "09-nothing")).isEqualTo(1);
    }
}
