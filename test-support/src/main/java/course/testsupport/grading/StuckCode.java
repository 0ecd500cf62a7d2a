package course.testsupport.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Describes where the code under test is running right now: for every live thread whose
 * stack passes through the student's package, the student's frames and the JDK call they
 * are waiting in. Test classes themselves are not the student's code.
 */
final class StuckCode {

    private static final int MAX_FRAMES_PER_THREAD = 4;

    private StuckCode() {
    }

    /** Returns one paragraph per thread that runs code of {@code studentPackage}, or "" if none does. */
    static String describe(String studentPackage) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            String paragraph = describeThread(entry.getKey(), entry.getValue(), studentPackage);
            if (!paragraph.isEmpty()) {
                text.append(paragraph);
            }
        }
        return text.toString();
    }

    static String describeThread(Thread thread, StackTraceElement[] stack, String studentPackage) {
        List<Integer> studentFrames = new ArrayList<>();
        for (int i = 0; i < stack.length; i++) {
            if (isStudentCode(stack[i].getClassName(), studentPackage)) {
                studentFrames.add(i);
            }
        }
        if (studentFrames.isEmpty()) {
            return "";
        }
        int innermost = studentFrames.get(0);
        StringBuilder text = new StringBuilder("  thread \"").append(thread.getName()).append('"');
        if (innermost > 0) {
            StackTraceElement call = stack[innermost - 1];
            text.append(" is inside ").append(call.getClassName()).append('.').append(call.getMethodName())
                    .append("()");
        }
        text.append('\n');
        studentFrames.stream().limit(MAX_FRAMES_PER_THREAD)
                .forEach(i -> text.append("    at ").append(stack[i]).append('\n'));
        return text.toString();
    }

    /** True for classes of the student's package, but not for the tests that live beside them. */
    static boolean isStudentCode(String className, String studentPackage) {
        if (studentPackage.isEmpty() || !className.startsWith(studentPackage + ".")) {
            return false;
        }
        String topLevel = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        return !(topLevel.endsWith("Test") || topLevel.endsWith("Tests") || topLevel.endsWith("Fixture"));
    }
}
