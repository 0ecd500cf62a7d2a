package course.testsupport.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Describes where the code under test is running right now: the timed-out test's own
 * thread first, then every other live thread whose stack passes through the student's
 * package (a server the test started, a thread the student started), each with the
 * student's frames and the JDK call they are waiting in. Threads of earlier timed-out
 * tests, still running because nothing can stop them, are only counted. Test classes
 * themselves are not the student's code.
 */
final class StuckCode {

    /** Names of the threads {@link BoundedTimeExtension} runs test bodies on start with this. */
    static final String TEST_THREAD_PREFIX = "test: ";

    private static final int MAX_FRAMES_PER_THREAD = 4;

    private StuckCode() {
    }

    /** One paragraph per thread that runs code of {@code studentPackage}, or "" if none does. */
    static String describe(String studentPackage, Thread testThread) {
        StringBuilder text = new StringBuilder(describeThread(testThread, testThread.getStackTrace(),
                studentPackage));
        int earlierTests = 0;
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
            Thread thread = entry.getKey();
            if (thread == testThread) {
                continue;
            }
            String paragraph = describeThread(thread, entry.getValue(), studentPackage);
            if (paragraph.isEmpty()) {
                continue;
            }
            if (thread.getName().startsWith(TEST_THREAD_PREFIX)) {
                earlierTests++;
            } else {
                text.append(paragraph);
            }
        }
        if (earlierTests > 0) {
            text.append("  (and ").append(earlierTests)
                    .append(" thread(s) of earlier timed-out tests, still running your code)\n");
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
                .forEach(i -> text.append("    at ").append(frame(stack[i])).append('\n'));
        return text.toString();
    }

    /** "Class.method(File.java:42)", without the class loader and module prefixes. */
    static String frame(StackTraceElement element) {
        return element.getClassName() + "." + element.getMethodName() + "(" + element.getFileName() + ":"
                + element.getLineNumber() + ")";
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
