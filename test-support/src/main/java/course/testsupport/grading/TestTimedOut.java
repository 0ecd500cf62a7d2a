package course.testsupport.grading;

import java.io.Serial;

/**
 * Thrown in place of a test's own result when the test ran past its time bound. The
 * grading listener reports it with status {@code timeout}.
 */
public final class TestTimedOut extends AssertionError {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the failure with a message that says where the code under test was stuck. */
    public TestTimedOut(String message) {
        super(message);
    }
}
