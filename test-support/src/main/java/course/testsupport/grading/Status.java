package course.testsupport.grading;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The result of one graded test, as written to results.json. */
public enum Status {
    /** Every invocation passed. */
    PASS,
    /** An assertion failed: the code ran but did something else than expected. */
    FAIL,
    /** The code threw, the test could not run, or the chapter did not compile. */
    ERROR,
    /** The test ran past its time bound and was stopped. */
    TIMEOUT;

    /** The lower-case name used in JSON. */
    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Classifies what a test threw; null means it passed. */
    public static Status of(Throwable thrown) {
        if (thrown == null) {
            return PASS;
        }
        if (thrown instanceof TestTimedOut) {
            return TIMEOUT;
        }
        return thrown instanceof AssertionError ? FAIL : ERROR;
    }

    /** Parses the JSON name. */
    public static Status fromJson(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
