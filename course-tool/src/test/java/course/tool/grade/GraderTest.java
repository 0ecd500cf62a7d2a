package course.tool.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import course.testsupport.grading.Outcome;
import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ResultsJson;
import course.tool.CourseRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Grading one submission")
class GraderTest {

    @TempDir
    private Path dir;

    private final List<List<String>> commands = new ArrayList<>();

    private Grader grader(CommandRunner runner) throws Exception {
        return grader(runner, false);
    }

    private Grader grader(CommandRunner runner, boolean keepWork) throws Exception {
        Map<String, Integer> max = new LinkedHashMap<>();
        max.put("01-blocking", ChapterMax.of(WorkspaceTest.COURSE.resolve("01-blocking"), true));
        CommandRunner recording = (command, folder, environment, log, timeout) -> {
            commands.add(command);
            return runner.run(command, folder, environment, log, timeout);
        };
        return new Grader(CourseRoot.at(WorkspaceTest.COURSE), max, true, Duration.ofSeconds(5),
                MavenBuild.plain(recording), dir, keepWork);
    }

    private Path submission(String name) throws Exception {
        Path submission = dir.resolve("subs").resolve(name);
        WorkspaceTest.write(submission.resolve("01-blocking/src/main/java/course/blocking/Frames.java"), "//");
        return submission;
    }

    @Test
    @DisplayName("reads the maximum from the test sources: the public and hidden points of 01-blocking")
    void maxFromSources() throws Exception {
        assertThat(ChapterMax.of(WorkspaceTest.COURSE.resolve("01-blocking"), true)).isEqualTo(72);
        assertThat(ChapterMax.of(WorkspaceTest.COURSE.resolve("01-blocking"), false)).isEqualTo(36);
    }

    @Test
    @DisplayName("scores 0 of the chapter's maximum when the build leaves no results")
    void noResults() throws Exception {
        StudentGrade grade = grader((command, folder, environment, log, timeout) -> {
            Files.writeString(log, "BUILD FAILURE");
            return new RunOutcome(1, false, false, Duration.ZERO);
        }).grade(submission("dave"));

        assertThat(grade.status()).isEqualTo("build-failed");
        assertThat(grade.total()).isZero();
        assertThat(grade.max()).isEqualTo(72);
        assertThat(grade.chapters().get(0).status()).isEqualTo("no results: build failed (exit 1)");
        assertThat(commands).singleElement().satisfies(command -> assertThat(command)
                .contains("-o", "test", "-Phidden", "-pl", "01-blocking", "-am"));
    }

    @Test
    @DisplayName("says timeout and still gives the maximum when the build ran out of time")
    void timeout() throws Exception {
        StudentGrade grade = grader((command, folder, environment, log, timeout) ->
                new RunOutcome(-1, true, false, timeout)).grade(submission("erin"));

        assertThat(grade.status()).isEqualTo("timeout");
        assertThat(grade.total()).isZero();
        assertThat(grade.max()).isEqualTo(72);
        assertThat(grade.note()).contains("stopped after 5 s");
    }

    @Test
    @DisplayName("takes the score from the chapter's results.json, and names a test stopped at its time bound")
    void withResults() throws Exception {
        StudentGrade grade = grader((command, folder, environment, log, timeout) -> {
            ResultsJson.write(GradebookTest.results(), folder.resolve("01-blocking/target/grading/results.json"));
            return new RunOutcome(1, false, false, Duration.ZERO);
        }).grade(submission("frank"));

        assertThat(grade.status()).as("one test of the results ended as a timeout").isEqualTo("hung-tests");
        assertThat(grade.note()).contains("01-blocking: 1 test(s) stopped at their time bound");
        assertThat(grade.total()).isEqualTo(7);
        assertThat(grade.chapters().get(0).results().tests()).hasSize(3);
    }

    @Test
    @DisplayName("after a System.exit, reruns only the tests that never started, so the exit costs one test")
    void systemExitCostsOnlyTheExitingTest() throws Exception {
        StudentGrade grade = grader((command, folder, environment, log, timeout) -> {
            Workspace.deleteTree(folder.resolve("01-blocking/target/grading"));
            if (commands.size() == 1) {
                Files.writeString(log, "[ERROR] " + BuildLog.FORK_ENDED + ". VM crash or System.exit called?");
                writeOutcomes(folder, List.of(
                        outcome(Outcome.STARTED, "roundTripsTwoFrames", null),
                        outcome(Outcome.FINISHED, "roundTripsTwoFrames", "pass"),
                        outcome(Outcome.STARTED, "writesABigEndianLengthBeforeThePayload", null)));
                return new RunOutcome(1, false, false, Duration.ZERO);
            }
            writeOutcomes(folder, List.of(outcome(Outcome.FINISHED, "returnsEmptyWhenTheStreamEndsBetweenFrames",
                    "pass")));
            return new RunOutcome(1, false, false, Duration.ZERO);
        }).grade(submission("hank"));

        assertThat(commands).hasSize(2);
        assertThat(commands.get(1)).contains("-Dtest=!course.blocking.FramesTest#roundTripsTwoFrames,"
                + "!course.blocking.FramesTest#writesABigEndianLengthBeforeThePayload");
        assertThat(grade.status()).isEqualTo("system-exit");
        assertThat(grade.total()).isEqualTo(4);
        assertThat(grade.max()).isEqualTo(72);
        assertThat(grade.chapters().get(0).status()).isEqualTo("stopped: system-exit");
        assertThat(grade.note()).contains("\"writeFrame writes a 4-byte big-endian length before the payload\" was "
                + "running", "35 test(s) never started", "ran the tests 2 times");
        assertThat(Gradebook.feedback(grade)).contains("System.exit", "Running at that moment: exercise 4");
    }

    @Test
    @DisplayName("keeps the points earned before the time bound, with status timeout")
    void timeoutKeepsWhatFinished() throws Exception {
        StudentGrade grade = grader((command, folder, environment, log, timeout) -> {
            writeOutcomes(folder, List.of(outcome(Outcome.FINISHED, "roundTripsTwoFrames", "pass"),
                    outcome(Outcome.STARTED, "writesABigEndianLengthBeforeThePayload", null)));
            return new RunOutcome(-1, true, false, timeout);
        }).grade(submission("ivan"));

        assertThat(grade.status()).isEqualTo("timeout");
        assertThat(grade.total()).isEqualTo(2);
        assertThat(grade.chapters().get(0).results().tests()).filteredOn(t -> t.status() == Status.TIMEOUT)
                .singleElement().satisfies(t -> assertThat(t.message()).contains("time bound of 5 s"));
        assertThat(grade.note()).contains("stopped after 5 s");
    }

    @Test
    @DisplayName("says compile-error when the student's code did not compile, yet keeps the points of what ran")
    void compileErrorFromTheLog() throws Exception {
        StudentGrade grade = grader((command, folder, environment, log, timeout) -> {
            Files.writeString(log, "[ERROR] " + folder + "/01-blocking/src/main/java/course/blocking/Frames.java"
                    + ":[3,5] ';' expected\n");
            ResultsJson.write(GradebookTest.results(), folder.resolve("01-blocking/target/grading/results.json"));
            return new RunOutcome(1, false, false, Duration.ZERO);
        }).grade(submission("jill"));

        assertThat(grade.status()).isEqualTo("compile-error");
        assertThat(grade.total()).isEqualTo(7);
        assertThat(grade.note()).contains("01-blocking: does not compile: Frames.java:[3,5] ';' expected");
    }

    @Test
    @DisplayName("says output-flood when the log was cut, and still scores from the results")
    void outputFlood() throws Exception {
        StudentGrade grade = grader((command, folder, environment, log, timeout) -> {
            ResultsJson.write(GradebookTest.results(), folder.resolve("01-blocking/target/grading/results.json"));
            return new RunOutcome(1, false, true, Duration.ZERO);
        }).grade(submission("kim"));

        assertThat(grade.status()).isEqualTo("output-flood");
        assertThat(grade.total()).isEqualTo(7);
    }

    @Test
    @DisplayName("deletes the submission's work folder after grading, unless asked to keep it")
    void deletesTheWorkFolder() throws Exception {
        CommandRunner noResults = (command, folder, environment, log, timeout) ->
                new RunOutcome(1, false, false, Duration.ZERO);

        grader(noResults).grade(submission("lena"));
        grader(noResults, true).grade(submission("mona"));

        assertThat(dir.resolve("work/lena")).doesNotExist();
        assertThat(dir.resolve("work/mona/01-blocking/src/main/java/course/blocking/Frames.java")).isRegularFile();
    }

    private static Outcome outcome(String event, String method, String status) {
        return new Outcome(event, "course.blocking.FramesTest", method, method, status, null, null, 3);
    }

    private static void writeOutcomes(Path workspace, List<Outcome> outcomes) throws IOException {
        Path file = workspace.resolve("01-blocking/target/grading/student/outcomes.jsonl");
        Files.createDirectories(file.getParent());
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder lines = new StringBuilder();
        for (Outcome outcome : outcomes) {
            lines.append(mapper.writeValueAsString(outcome)).append('\n');
        }
        Files.writeString(file, lines.toString());
    }

    @Test
    @DisplayName("gives a missing chapter folder status missing-files and 0 of its maximum, without a build")
    void missingFiles() throws Exception {
        Path submission = dir.resolve("subs/gina");
        WorkspaceTest.write(submission.resolve("notes.txt"), "forgot to push");

        StudentGrade grade = grader((command, folder, environment, log, timeout) -> {
            throw new AssertionError("nothing to build");
        }).grade(submission);

        assertThat(grade.status()).isEqualTo("missing-files");
        assertThat(grade.chapters().get(0)).satisfies(chapter -> {
            assertThat(chapter.score()).isZero();
            assertThat(chapter.maxScore()).isEqualTo(72);
            assertThat(chapter.status()).isEqualTo("missing src/main/java");
        });
        assertThat(commands).isEmpty();
    }
}
