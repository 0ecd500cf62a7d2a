package course.testsupport.run;

/**
 * Formats a stack trace as indented "at ..." lines for failure messages.
 */
final class StackText {

    private StackText() {
    }

    static String of(StackTraceElement[] frames) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement frame : frames) {
            text.append(System.lineSeparator()).append("\tat ").append(frame);
        }
        return text.toString();
    }
}
