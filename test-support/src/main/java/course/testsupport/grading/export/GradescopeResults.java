package course.testsupport.grading.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.TestResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Gradescope's /autograder/results/results.json. The top-level score is given explicitly, so
 * Gradescope does not have to add up the tests; public tests are visible at once, hidden tests
 * only once the grades are published. A chapter that did not run gives 0 of its full max and
 * says why in the top-level output.
 *
 * @param score points earned
 * @param output why some chapter's tests could not run; left out when all ran
 * @param tests every graded test of every chapter
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GradescopeResults(
        @JsonProperty("score") int score,
        @JsonProperty("output") String output,
        @JsonProperty("tests") List<TestCase> tests) {

    /** Gradescope's visibility for the public tests. */
    public static final String VISIBLE = "visible";

    /** Gradescope's visibility for the hidden tests: shown once grades are published. */
    public static final String AFTER_PUBLISHED = "after_published";

    /**
     * One graded test.
     *
     * @param name the chapter, exercise and display name
     * @param score points earned
     * @param maxScore points possible
     * @param status "passed" or "failed"
     * @param output the failure message and what the test printed; left out when both are empty
     * @param visibility "visible" (public test) or "after_published" (hidden test)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TestCase(
            @JsonProperty("name") String name,
            @JsonProperty("score") int score,
            @JsonProperty("max_score") int maxScore,
            @JsonProperty("status") String status,
            @JsonProperty("output") String output,
            @JsonProperty("visibility") String visibility) {
    }

    /** Maps one or more chapters. */
    public static GradescopeResults of(List<ChapterResults> chapters) {
        List<TestCase> tests = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        int score = 0;
        for (ChapterResults chapter : chapters) {
            for (TestResult test : chapter.tests()) {
                int earned = Points.earned(chapter, test);
                boolean passed = Points.ran(chapter) && earned == test.maxScore();
                tests.add(new TestCase(Points.testName(chapter, test), earned, test.maxScore(),
                        passed ? "passed" : "failed", output(chapter, test),
                        "hidden".equals(test.visibility()) ? AFTER_PUBLISHED : VISIBLE));
            }
            if (chapter.tests().isEmpty()) {
                tests.add(new TestCase(Points.notRunName(chapter), 0, chapter.maxScore(), "failed",
                        Points.notRunMessage(chapter), VISIBLE));
            }
            if (!Points.ran(chapter)) {
                notRun.add(Points.notRunMessage(chapter));
            }
            score += Points.earned(chapter);
        }
        return new GradescopeResults(score, notRun.isEmpty() ? null : String.join("\n\n", notRun), tests);
    }

    private static String output(ChapterResults chapter, TestResult test) {
        String message = Points.message(chapter, test);
        String printed = Points.ran(chapter) && test.output() != null ? test.output() : "";
        String both = message.isEmpty() || printed.isEmpty() ? message + printed : message + "\n\n" + printed;
        return both.isEmpty() ? null : both;
    }
}
