package course.testsupport.grading.gate;

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
 */
public record ChapterResults(String schema, String chapter, String run, Status status, int score, int maxScore,
        String message, List<TestResult> tests) {

    /** The schema name and version written into every file. */
    public static final String SCHEMA = "socket-course/grading-results/v1";
}
