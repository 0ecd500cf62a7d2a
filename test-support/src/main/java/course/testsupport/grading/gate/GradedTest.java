package course.testsupport.grading.gate;

/**
 * A graded test as declared in the test sources: what it is worth and where it belongs.
 *
 * @param testClass binary class name, e.g. {@code course.blocking.EchoClientTest}
 * @param testMethod method name
 * @param exercise the README's exercise number
 * @param points whole points for passing
 * @param name the display name students read
 * @param visibility "public" or "hidden"
 */
public record GradedTest(String testClass, String testMethod, int exercise, int points, String name,
        String visibility) {

    /** Matches {@link course.testsupport.grading.Outcome#key()}. */
    public String key() {
        return testClass + "#" + testMethod;
    }
}
