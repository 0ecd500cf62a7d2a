package course.testsupport.grading.gate;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.Outcome;
import course.testsupport.grading.Status;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ResultsAssembler")
class ResultsAssemblerTest {

    private static final GradedTest ECHO = new GradedTest("demo.EchoTest", "echoes", 1, 2, "echoes", "public");
    private static final GradedTest SPLIT = new GradedTest("demo.EchoTest", "splits", 1, 3, "splits", "hidden");

    private static Outcome started(GradedTest test) {
        return new Outcome(Outcome.STARTED, test.testClass(), test.testMethod(), "x", null, null, null, 0);
    }

    private static Outcome finished(GradedTest test, String name, String status, String message) {
        return new Outcome(Outcome.FINISHED, test.testClass(), test.testMethod(), name, status, message, null, 5);
    }

    @Test
    @DisplayName("gives a test its points only when every invocation passed")
    void allOrNothingPerTest() {
        List<Outcome> outcomes = List.of(started(ECHO), finished(ECHO, "echoes", "pass", null),
                started(SPLIT), finished(SPLIT, "[1] 1", "pass", null),
                started(SPLIT), finished(SPLIT, "[2] 2", "fail", "expected 2"));

        ChapterResults results = ResultsAssembler.assemble("01-demo", "student", List.of(ECHO, SPLIT), outcomes, null);

        assertThat(results.score()).isEqualTo(2);
        assertThat(results.maxScore()).isEqualTo(5);
        assertThat(results.status()).isEqualTo(Status.FAIL);
        assertThat(results.tests().get(1).message()).isEqualTo("[[2] 2] expected 2");
        assertThat(results.tests().get(1).durationMs()).isEqualTo(10);
    }

    @Test
    @DisplayName("reports a test that started but never finished as a timeout of the whole JVM")
    void startedButNeverFinished() {
        ChapterResults results = ResultsAssembler.assemble("01-demo", "student", List.of(ECHO),
                List.of(started(ECHO)), null);

        assertThat(results.tests().get(0).status()).isEqualTo(Status.TIMEOUT);
        assertThat(results.tests().get(0).message()).isEqualTo(ResultsAssembler.KILLED);
    }

    @Test
    @DisplayName("lists every test with the reason when nothing ran, keeping the chapter's max score")
    void nothingRan() {
        ChapterResults results = ResultsAssembler.assemble("01-demo", "student", List.of(ECHO, SPLIT), List.of(),
                "does not compile");

        assertThat(results.status()).isEqualTo(Status.ERROR);
        assertThat(results.maxScore()).isEqualTo(5);
        assertThat(results.tests()).extracting(TestResult::status).containsOnly(Status.ERROR);
        assertThat(results.tests()).extracting(TestResult::message).containsOnly("does not compile");
    }

    @Test
    @DisplayName("marks a run with full marks as pass")
    void fullMarks() {
        ChapterResults results = ResultsAssembler.assemble("01-demo", "reference", List.of(ECHO),
                List.of(started(ECHO), finished(ECHO, "echoes", "pass", null)), null);

        assertThat(results.status()).isEqualTo(Status.PASS);
        assertThat(results.schema()).isEqualTo(ChapterResults.SCHEMA);
    }
}
