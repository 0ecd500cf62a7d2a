package course.testsupport.grading.gate;

import java.nio.file.Path;

/**
 * A graded test as declared in the test sources: what it is worth and where it belongs.
 *
 * @param testClass binary class name, e.g. {@code course.blocking.EchoClientTest}
 * @param testMethod method name
 * @param exercise the README's exercise number
 * @param points whole points for passing
 * @param name the display name students read
 * @param visibility "public" or "hidden"
 * @param source the source file declaring the method, or null when unknown
 * @param line the line of the method's declaration (its return type and name), or 0 when unknown
 */
public record GradedTest(String testClass, String testMethod, int exercise, int points, String name,
        String visibility, Path source, int line) {

    /** A graded test whose place in the sources is unknown. */
    public GradedTest(String testClass, String testMethod, int exercise, int points, String name, String visibility) {
        this(testClass, testMethod, exercise, points, name, visibility, null, 0);
    }

    /** Matches {@link course.testsupport.grading.Outcome#key()}. */
    public String key() {
        return testClass + "#" + testMethod;
    }

    /** The same test with its source file given relative to {@code base} (e.g. the chapter's folder). */
    GradedTest relativeTo(Path base) {
        if (source == null) {
            return this;
        }
        Path relative = base.toAbsolutePath().normalize().relativize(source.toAbsolutePath().normalize());
        return new GradedTest(testClass, testMethod, exercise, points, name, visibility, relative, line);
    }

    /** The source file with forward slashes, as results.json records it; null when unknown. */
    String file() {
        return source == null ? null : source.toString().replace('\\', '/');
    }
}
