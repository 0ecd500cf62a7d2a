package course.testsupport.grading;

/**
 * One line of a run's {@code outcomes.jsonl}, written by {@link OutcomeListener} in the test
 * JVM and read by the grading gate: a test invocation started, or finished with a status.
 *
 * @param event "started" or "finished"
 * @param testClass the test's class name (binary name)
 * @param testMethod the test method's name
 * @param displayName the invocation's display name
 * @param status on "finished": pass, fail, error or timeout
 * @param message why it did not pass, or null
 * @param output what the test printed, cut to a bound, or null
 * @param durationMs how long the invocation ran, in milliseconds
 */
public record Outcome(String event, String testClass, String testMethod, String displayName, String status,
        String message, String output, long durationMs) {

    /** The event written when a test invocation begins. */
    public static final String STARTED = "started";

    /** The event written when a test invocation ends, with its status. */
    public static final String FINISHED = "finished";

    /** The key that groups the invocations of one test method. */
    public String key() {
        return testClass + "#" + testMethod;
    }
}
