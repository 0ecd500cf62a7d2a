package course.testsupport.grading.gate;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("ChapterGate")
class ChapterGateTest {

    @TempDir
    Path chapter;

    @BeforeEach
    void writeChapter() throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("README.md"), "# Demo\n\n### Exercise 1: Echo\n");
        GradedTestCatalogTest.write(chapter.resolve("src/test/java/demo/EchoTest.java"), """
                package demo;
                import course.testsupport.grading.Graded;
                class EchoTest {
                    @Graded(exercise = 1, points = 4) void echoes() { Echo.echo(); }
                }
                """);
    }

    private int gate(String mode) {
        return new CommandLine(new ChapterGate()).setCaseInsensitiveEnumValuesAllowed(true).execute(
                "--chapter", "01-demo", "--chapter-dir", chapter.toString(), "--mode", mode,
                "--run-dir", chapter.resolve("target/grading/" + mode).toString(),
                "--results", chapter.resolve("target/grading/results.json").toString(),
                "--main-root", chapter.resolve("src/main/java").toString(),
                "--classes", chapter.resolve("target/classes").toString(),
                "--test-roots", chapter.resolve("src/test/java").toString(),
                "--hidden-root", chapter.resolve("src/hidden-test/java").toString());
    }

    /** A student run in which demo.EchoTest#echoes passed, and the class files the build left. */
    private void passingRunWithClasses(String... classFiles) throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("target/grading/student/outcomes.jsonl"), """
                {"event":"started","testClass":"demo.EchoTest","testMethod":"echoes"}
                {"event":"finished","testClass":"demo.EchoTest","testMethod":"echoes","status":"pass"}
                """);
        for (String classFile : classFiles) {
            GradedTestCatalogTest.write(chapter.resolve("target/classes/" + classFile), "class file stand-in");
        }
    }

    @Test
    @DisplayName("counts no test that ran against part of the code when another file does not compile")
    void testsThatRanOnPartOfTheCode() throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("src/main/java/demo/Echo.java"),
                "package demo;\npublic class Echo { public static void echo() { } }\n");
        GradedTestCatalogTest.write(chapter.resolve("src/main/java/demo/Broken.java"),
                "package demo;\nclass Broken { int x = \"text\"; }\n");
        passingRunWithClasses("demo/Echo.class");

        gate("student");

        ChapterResults results = ResultsJson.read(chapter.resolve("target/grading/results.json"));
        assertThat(results.status()).isEqualTo(Status.ERROR);
        assertThat(results.score()).as("a chapter counts only when all of its code compiles").isZero();
        assertThat(results.message()).contains("does not compile", "Some of its classes did",
                "Broken.java:2: error:");
        assertThat(results.tests()).singleElement().extracting(TestResult::status).isEqualTo(Status.ERROR);
        assertThat(results.errorFile()).isEqualTo("src/main/java/demo/Broken.java");
    }

    @Test
    @DisplayName("counts the tests when every source of the code has its class")
    void testsThatRanOnAllOfTheCode() throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("src/main/java/demo/Echo.java"),
                "package demo;\npublic class Echo { public static void echo() { } }\n");
        GradedTestCatalogTest.write(chapter.resolve("src/main/java/demo/package-info.java"), "package demo;\n");
        passingRunWithClasses("demo/Echo.class");

        gate("student");

        ChapterResults results = ResultsJson.read(chapter.resolve("target/grading/results.json"));
        assertThat(results.status()).isEqualTo(Status.PASS);
        assertThat(results.score()).isEqualTo(4);
    }

    @Test
    @DisplayName("turns code that does not compile into status error, full max score and javac's words")
    void codeThatDoesNotCompile() throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("src/main/java/demo/Echo.java"),
                "package demo;\npublic class Echo { public static void echo() { int x = } }\n");

        int exit = gate("student");

        ChapterResults results = ResultsJson.read(chapter.resolve("target/grading/results.json"));
        assertThat(exit).isZero();
        assertThat(results.status()).isEqualTo(Status.ERROR);
        assertThat(results.score()).isZero();
        assertThat(results.maxScore()).isEqualTo(4);
        assertThat(results.message()).contains("does not compile").contains("Echo.java:2: error:");
        assertThat(results.tests()).singleElement().extracting(TestResult::status).isEqualTo(Status.ERROR);
        assertThat(results.errorFile()).isEqualTo("src/main/java/demo/Echo.java");
        assertThat(results.errorLine()).isEqualTo(2);
        assertThat(chapter.resolve("target/grading/student/FAILED")).exists();
    }

    @Test
    @DisplayName("tells apart code that compiles from tests that no longer compile against it")
    void testsThatDoNotCompile() throws IOException {
        GradedTestCatalogTest.write(chapter.resolve("src/main/java/demo/Echo.java"),
                "package demo;\npublic class Echo { public static void renamed() { } }\n");

        gate("student");

        ChapterResults results = ResultsJson.read(chapter.resolve("target/grading/results.json"));
        assertThat(results.message()).contains("tests do not compile against it").contains("EchoTest.java:4");
        assertThat(results.errorFile()).isEqualTo("src/test/java/demo/EchoTest.java");
        assertThat(results.errorLine()).isEqualTo(4);
        assertThat(results.tests()).singleElement().satisfies(test -> {
            assertThat(test.file()).isEqualTo("src/test/java/demo/EchoTest.java");
            assertThat(test.line()).isEqualTo(4);
        });
    }

    @Test
    @DisplayName("fails the skeleton run when a graded test passes against the skeleton")
    void skeletonThatPasses() throws IOException {
        Path runDir = chapter.resolve("target/grading/skeleton");
        GradedTestCatalogTest.write(runDir.resolve("outcomes.jsonl"), """
                {"event":"started","testClass":"demo.EchoTest","testMethod":"echoes"}
                {"event":"finished","testClass":"demo.EchoTest","testMethod":"echoes","status":"pass"}
                """);

        gate("skeleton");

        assertThat(Files.readString(runDir.resolve("FAILED"))).contains("demo.EchoTest#echoes")
                .contains("passes against the skeleton");
    }

    @Test
    @DisplayName("passes the reference run only with full marks")
    void referenceWithFullMarks() throws IOException {
        Path runDir = chapter.resolve("target/grading/reference");
        GradedTestCatalogTest.write(runDir.resolve("outcomes.jsonl"), """
                {"event":"started","testClass":"demo.EchoTest","testMethod":"echoes"}
                {"event":"finished","testClass":"demo.EchoTest","testMethod":"echoes","status":"pass"}
                """);

        gate("reference");

        assertThat(runDir.resolve("FAILED")).doesNotExist();
        assertThat(ResultsJson.read(chapter.resolve("target/grading/results.json")).score()).isEqualTo(4);
    }
}
