package course.testsupport.grading.gate;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.Status;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("ScoreboardMain")
class ScoreboardMainTest {

    @TempDir
    Path course;

    private Path chapter;

    @BeforeEach
    void writeChapter() throws IOException {
        chapter = course.resolve("01-demo");
        GradedTestCatalogTest.write(chapter.resolve("pom.xml"), "<project/>");
        GradedTestCatalogTest.write(chapter.resolve("README.md"), "# Demo\n\n### Exercise 1: Echo\n");
        GradedTestCatalogTest.write(chapter.resolve("src/test/java/demo/EchoTest.java"), """
                package demo;
                import course.testsupport.grading.Graded;
                class EchoTest {
                    @Graded(exercise = 1, points = 2) void echoes() { }
                    @Graded(exercise = 1, points = 3) void exits() { }
                }
                """);
        GradedTestCatalogTest.write(chapter.resolve("src/hidden-test/java/demo/EchoHiddenTest.java"), """
                package demo;
                import course.testsupport.grading.Graded;
                class EchoHiddenTest {
                    @Graded(exercise = 1, points = 4) void hides() { }
                }
                """);
    }

    @Test
    @DisplayName("writes the results of a run whose test JVM ended early, from the outcomes it flushed")
    void resultsOfARunThatEndedEarly() throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("target/grading/student/outcomes.jsonl"), """
                {"event":"started","testClass":"demo.EchoTest","testMethod":"echoes"}
                {"event":"finished","testClass":"demo.EchoTest","testMethod":"echoes","status":"pass"}
                {"event":"started","testClass":"demo.EchoTest","testMethod":"exits"}
                """);

        int exit = new CommandLine(new ScoreboardMain()).execute("--course-root", course.toString());

        ChapterResults results = ResultsJson.read(chapter.resolve("target/grading/results.json"));
        assertThat(exit).isZero();
        assertThat(results.score()).isEqualTo(2);
        assertThat(results.maxScore()).as("public tests only: the run had no hidden ones").isEqualTo(5);
        assertThat(results.tests()).extracting(TestResult::status).containsExactly(Status.PASS, Status.TIMEOUT);
        assertThat(results.tests().get(1).message()).contains("System.exit", "while this test was running");
    }

    @Test
    @DisplayName("counts the hidden tests of a run that had them")
    void hiddenTestsOfARunThatEndedEarly() throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("target/grading/student/outcomes.jsonl"), """
                {"event":"started","testClass":"demo.EchoTest","testMethod":"exits"}
                """);

        new CommandLine(new ScoreboardMain()).execute("--course-root", course.toString(), "--hidden");

        ChapterResults results = ResultsJson.read(chapter.resolve("target/grading/results.json"));
        assertThat(results.score()).isZero();
        assertThat(results.maxScore()).isEqualTo(9);
    }

    @Test
    @DisplayName("leaves a chapter without outcomes ungraded: nothing is made up")
    void noOutcomesNoResults() {
        new CommandLine(new ScoreboardMain()).execute("--course-root", course.toString());

        assertThat(chapter.resolve("target/grading/results.json")).doesNotExist();
    }
}
