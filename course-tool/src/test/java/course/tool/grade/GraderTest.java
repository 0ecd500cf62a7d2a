package course.tool.grade;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.gate.ResultsJson;
import course.tool.CourseRoot;
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
        Map<String, Integer> max = new LinkedHashMap<>();
        max.put("01-blocking", ChapterMax.of(WorkspaceTest.COURSE.resolve("01-blocking"), true));
        CommandRunner recording = (command, folder, environment, log, timeout) -> {
            commands.add(command);
            return runner.run(command, folder, environment, log, timeout);
        };
        return new Grader(CourseRoot.at(WorkspaceTest.COURSE), max, true, Duration.ofSeconds(5), recording, dir);
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
    @DisplayName("takes the score from the chapter's results.json")
    void withResults() throws Exception {
        StudentGrade grade = grader((command, folder, environment, log, timeout) -> {
            ResultsJson.write(GradebookTest.results(), folder.resolve("01-blocking/target/grading/results.json"));
            return new RunOutcome(1, false, false, Duration.ZERO);
        }).grade(submission("frank"));

        assertThat(grade.status()).isEqualTo("ok");
        assertThat(grade.total()).isEqualTo(7);
        assertThat(grade.chapters().get(0).results().tests()).hasSize(3);
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
