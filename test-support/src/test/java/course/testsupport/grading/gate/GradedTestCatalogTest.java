package course.testsupport.grading.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("GradedTestCatalog")
class GradedTestCatalogTest {

    @TempDir
    Path chapter;

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    @DisplayName("reads exercise, points and display name from public and hidden sources, nested classes too")
    void readsGradedMethods() throws IOException {
        write(chapter.resolve("src/test/java/demo/EchoTest.java"), """
                package demo;
                import course.testsupport.grading.Graded;
                import org.junit.jupiter.api.*;
                class EchoTest {
                    @Test @Graded(exercise = 1, points = 2) @DisplayName("echoes") void echoes() { }
                    @Test void notGraded() { }
                    @Nested class Inner {
                        @Test @Graded(points = 3, exercise = 2) void nested() { }
                    }
                }
                """);
        write(chapter.resolve("src/hidden-test/java/demo/EchoHiddenTest.java"), """
                package demo;
                class EchoHiddenTest {
                    @org.junit.jupiter.api.Test
                    @course.testsupport.grading.Graded(exercise = 1, points = 1)
                    void splitsUtf8() { this is not even valid java in a method body; }
                }
                """);

        List<GradedTest> tests = GradedTestCatalog.scan(
                List.of(chapter.resolve("src/test/java"), chapter.resolve("src/hidden-test/java")),
                chapter.resolve("src/hidden-test/java"));

        assertThat(tests).map(GradedTestCatalogTest::withoutPlace).containsExactlyInAnyOrder(
                new GradedTest("demo.EchoTest", "echoes", 1, 2, "echoes", "public"),
                new GradedTest("demo.EchoTest$Inner", "nested", 2, 3, "nested", "public"),
                new GradedTest("demo.EchoHiddenTest", "splitsUtf8", 1, 1, "splitsUtf8", "hidden"));
    }

    private static GradedTest withoutPlace(GradedTest test) {
        return new GradedTest(test.testClass(), test.testMethod(), test.exercise(), test.points(), test.name(),
                test.visibility());
    }

    @Test
    @DisplayName("records each test's file and the line of its name, below its annotations, for annotations")
    void recordsFileAndLine() throws IOException {
        Path source = chapter.resolve("src/test/java/demo/PlaceTest.java");
        write(source, """
                package demo;
                class PlaceTest {
                    @org.junit.jupiter.api.Test
                    @course.testsupport.grading.Graded(exercise = 1, points = 1)
                    void onLineFive() { }

                    @course.testsupport.grading.Graded(exercise = 2, points = 1) void onLineSeven() { }
                }
                """);

        List<GradedTest> tests = GradedTestCatalog.scan(List.of(chapter.resolve("src/test/java")),
                chapter.resolve("src/hidden-test/java"));

        assertThat(tests).extracting(GradedTest::testMethod, GradedTest::line)
                .containsExactly(tuple("onLineFive", 5), tuple("onLineSeven", 7));
        assertThat(tests.get(0).source()).isEqualTo(source);
        assertThat(tests.get(0).relativeTo(chapter).file()).isEqualTo("src/test/java/demo/PlaceTest.java");
    }

    @Test
    @DisplayName("refuses points that are not an integer literal, naming the test")
    void refusesNonLiteralPoints() throws IOException {
        write(chapter.resolve("src/test/java/demo/BadTest.java"), """
                package demo;
                class BadTest {
                    static final int P = 2;
                    @Graded(exercise = 1, points = P) void bad() { }
                }
                """);

        assertThatThrownBy(() -> GradedTestCatalog.scan(List.of(chapter.resolve("src/test/java")),
                chapter.resolve("src/hidden-test/java")))
                .hasMessageContaining("demo.BadTest#bad").hasMessageContaining("integer literal");
    }

    @Test
    @DisplayName("finds nothing in a folder that does not exist")
    void emptyForMissingFolder() throws IOException {
        assertThat(GradedTestCatalog.scan(List.of(chapter.resolve("nope")), chapter.resolve("hidden"))).isEmpty();
    }
}
