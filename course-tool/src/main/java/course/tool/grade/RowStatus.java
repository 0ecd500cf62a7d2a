package course.tool.grade;

/**
 * A gradebook row's status, from the most to the least severe: a row shows the most severe that applies, and
 * its note lists every problem. Points never depend on it: they come from whatever results the build left.
 */
public enum RowStatus {

    /** The tool itself failed on this submission (it could not copy or read something). */
    ERROR("error"),
    /** The build outlived --timeout-seconds and its process tree was killed. */
    TIMEOUT("timeout"),
    /** A test JVM ended without saying goodbye: the code called System.exit or Runtime.halt, or crashed it. */
    SYSTEM_EXIT("system-exit"),
    /** The student's src/main/java did not compile. */
    COMPILE_ERROR("compile-error"),
    /** The build failed for another reason and left no test outcomes. */
    BUILD_FAILED("build-failed"),
    /** The build's output went past the log cap; the rest was discarded. */
    OUTPUT_FLOOD("output-flood"),
    /** A graded chapter has no src/main/java in the submission. */
    MISSING_FILES("missing-files"),
    /** Some tests were stopped at their own time bound (code that blocks or loops forever); the build finished. */
    HUNG_TESTS("hung-tests"),
    /** Nothing went wrong (tests may still fail: the points say how many). */
    OK("ok");

    private final String label;

    RowStatus(String label) {
        this.label = label;
    }

    /** The word in the gradebook's status column. */
    public String label() {
        return label;
    }

    /** The more severe of this and {@code other}. */
    RowStatus worst(RowStatus other) {
        return other.ordinal() < ordinal() ? other : this;
    }
}
