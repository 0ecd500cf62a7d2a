package course.testsupport.grading.gate;

import com.fasterxml.jackson.annotation.JsonInclude;
import course.testsupport.grading.Status;
import java.util.List;

/**
 * A chapter's results.json (schema {@value #SCHEMA}, documented in docs/grading-results.md).
 *
 * @param schema always {@value #SCHEMA}
 * @param chapter the chapter module, e.g. "01-blocking"
 * @param run "student", "reference" or "skeleton"
 * @param status pass (full marks), fail (some test did not pass) or error (the tests could not run)
 * @param score points earned
 * @param maxScore points possible, also when nothing ran
 * @param message why the tests could not run (compiler errors), or null
 * @param tests every graded test of the chapter, whether it ran or not
 * @param errorFile the file of the compiler's first error, relative to the chapter's folder; left out when unknown
 * @param errorLine the line of the compiler's first error; left out when unknown
 */
public record ChapterResults(String schema, String chapter, String run, Status status, int score, int maxScore,
        String message, List<TestResult> tests,
        @JsonInclude(JsonInclude.Include.NON_NULL) String errorFile,
        @JsonInclude(JsonInclude.Include.NON_NULL) Integer errorLine) {

    /** The schema name and version written into every file. */
    public static final String SCHEMA = "socket-course/grading-results/v1";

    /** Results that point at no compiler error. */
    public ChapterResults(String schema, String chapter, String run, Status status, int score, int maxScore,
            String message, List<TestResult> tests) {
        this(schema, chapter, run, status, score, maxScore, message, tests, null, null);
    }

    /** The same results, pointing at the compiler error that stopped the tests. */
    ChapterResults withErrorAt(String file, Integer line) {
        return new ChapterResults(schema, chapter, run, status, score, maxScore, message, tests, file, line);
    }
}
