package course.testsupport.grading.gate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import course.testsupport.grading.Outcome;
import course.testsupport.grading.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("StoppedRun")
class StoppedRunTest {

    private static final String WHY = "The build was stopped at its time bound of 60 s";

    @TempDir
    Path chapter;

    @Test
    @DisplayName("keeps the points of finished tests, and names the running and the never-started ones")
    void scoresWhatFinishedBeforeTheStop() throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("src/test/java/demo/EchoTest.java"), """
                package demo;
                import course.testsupport.grading.Graded;
                import org.junit.jupiter.api.*;
                class EchoTest {
                    @Test @Graded(exercise = 1, points = 2) @DisplayName("echoes") void echoes() { }
                    @Test @Graded(exercise = 1, points = 3) @DisplayName("splits") void splits() { }
                    @Test @Graded(exercise = 2, points = 4) @DisplayName("serves") void serves() { }
                }
                """);
        Path outcomes = chapter.resolve("target/grading/student/outcomes.jsonl");
        writeOutcomes(outcomes, List.of(
                new Outcome(Outcome.STARTED, "demo.EchoTest", "echoes", "echoes", null, null, null, 0),
                new Outcome(Outcome.FINISHED, "demo.EchoTest", "echoes", "echoes", "pass", null, null, 7),
                new Outcome(Outcome.STARTED, "demo.EchoTest", "splits", "splits", null, null, null, 0)));

        ChapterResults results = StoppedRun.results(chapter, false, outcomes, WHY);

        assertThat(results.score()).isEqualTo(2);
        assertThat(results.maxScore()).isEqualTo(9);
        assertThat(results.status()).isEqualTo(Status.FAIL);
        assertThat(results.message()).isNull();
        assertThat(results.tests()).extracting(TestResult::status)
                .containsExactly(Status.PASS, Status.TIMEOUT, Status.ERROR);
        assertThat(results.tests().get(0).file()).as("recorded relative to the chapter, as the gate does")
                .isEqualTo("src/test/java/demo/EchoTest.java");
        assertThat(results.tests().get(1).message()).isEqualTo(StoppedRun.runningMessage(WHY));
        assertThat(results.tests().get(2).message()).isEqualTo(StoppedRun.notStartedMessage(WHY))
                .startsWith(WHY).contains("did not run");
    }

    @Test
    @DisplayName("gives full marks when every test finished and passed before the stop")
    void fullMarksWhenEverythingFinished() throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("src/test/java/demo/EchoTest.java"), """
                package demo;
                class EchoTest {
                    @org.junit.jupiter.api.Test
                    @course.testsupport.grading.Graded(exercise = 1, points = 2)
                    void echoes() { }
                }
                """);
        Path outcomes = chapter.resolve("outcomes.jsonl");
        writeOutcomes(outcomes, List.of(
                new Outcome(Outcome.FINISHED, "demo.EchoTest", "echoes", "echoes", "pass", null, null, 7)));

        ChapterResults results = StoppedRun.results(chapter, false, outcomes, WHY);

        assertThat(results.status()).isEqualTo(Status.PASS);
        assertThat(results.score()).isEqualTo(2);
    }

    private static void writeOutcomes(Path file, List<Outcome> outcomes) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Files.createDirectories(file.getParent());
        StringBuilder lines = new StringBuilder();
        for (Outcome outcome : outcomes) {
            lines.append(mapper.writeValueAsString(outcome)).append('\n');
        }
        Files.writeString(file, lines.toString());
    }
}
