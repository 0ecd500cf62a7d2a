package course.testsupport.grading;

/**
 * Turns what a test threw into the message a student reads: an assertion's own words, or
 * for any other exception its type, message and the first line of the student's code.
 */
final class FailureText {

    private FailureText() {
    }

    static String of(Throwable thrown, String studentPackage) {
        if (thrown instanceof AssertionError) {
            return String.valueOf(thrown.getMessage());
        }
        StringBuilder text = new StringBuilder(thrown.getClass().getSimpleName());
        if (thrown.getMessage() != null) {
            text.append(": ").append(thrown.getMessage());
        }
        for (StackTraceElement frame : thrown.getStackTrace()) {
            if (StuckCode.isStudentCode(frame.getClassName(), studentPackage)) {
                text.append(" (at ").append(StuckCode.frame(frame)).append(')');
                break;
            }
        }
        if (thrown.getCause() != null && thrown.getCause() != thrown) {
            text.append("; caused by ").append(thrown.getCause());
        }
        return text.toString();
    }
}
