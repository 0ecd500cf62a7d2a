package course.testsupport.grading.gate;

import com.fasterxml.jackson.annotation.JsonInclude;
import course.testsupport.grading.Status;

/**
 * One graded test in results.json.
 *
 * @param id "class#method", stable across runs
 * @param exercise the README's exercise number
 * @param name the display name
 * @param status pass, fail, error or timeout
 * @param score points earned: {@code maxScore} on pass, otherwise 0
 * @param maxScore points possible
 * @param visibility "public" or "hidden"
 * @param message why it did not pass (null on pass)
 * @param output what the test printed, cut to a bound (null if nothing)
 * @param durationMs run time of all its invocations
 * @param file the test's source file relative to the chapter's folder; left out when unknown
 * @param line the line of the test method's declaration in {@code file}; left out when unknown
 */
public record TestResult(String id, int exercise, String name, Status status, int score, int maxScore,
        String visibility, String message, String output, long durationMs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String file,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer line) {

    /** A result whose place in the sources is unknown (results written before file and line existed). */
    public TestResult(String id, int exercise, String name, Status status, int score, int maxScore,
            String visibility, String message, String output, long durationMs) {
        this(id, exercise, name, status, score, maxScore, visibility, message, output, durationMs, null, null);
    }
}
