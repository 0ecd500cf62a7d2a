package course.testsupport.grading.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The workflow annotations")
class WorkflowAnnotationsTest {

    @Test
    @DisplayName("put one error on each failed or timed-out test's line, with its title and points")
    void oneErrorPerFailedTest() {
        List<String> lines = WorkflowAnnotations.of(List.of(ExportSamples.mixed())).lines().toList();

        assertThat(lines).containsExactly(
                "::error file=01-demo/src/test/java/demo/EchoTest.java,line=27,title=01-demo%2C exercise 1%3A echoes"
                        + " a message split in three (fail%2C 0 of 3 points)::"
                        + ExportSamples.SPLIT_MESSAGE.replace("\n", "%0A"),
                "::error file=01-demo/src/hidden-test/java/demo/HiddenEchoTest.java,title=01-demo%2C exercise 2%3A"
                        + " waits for a slow peer (timeout%2C 0 of 4 points)::stopped after its 2 s time bound");
    }

    @Test
    @DisplayName("print nothing when every test passed")
    void nothingForFullMarks() {
        assertThat(WorkflowAnnotations.of(List.of(ExportSamples.fullMarks()))).isEmpty();
    }

    @Test
    @DisplayName("give a chapter that did not compile one error at javac's file and line")
    void compileErrorAtJavacsLine() {
        String lines = WorkflowAnnotations.of(List.of(ExportSamples.compileError()));

        assertThat(lines).isEqualTo("::error file=02-demo/src/main/java/demo/Echo.java,line=7,title=02-demo%3A the"
                + " tests could not run (0 of 10 points)::" + ExportSamples.COMPILE_ERROR.replace("\n", "%0A") + "\n");
    }

    @Test
    @DisplayName("give a chapter without results.json one error with no file")
    void missingResultsWithoutFile() {
        String lines = WorkflowAnnotations.of(List.of(ExportResults.missingResults("03-demo",
                Path.of("03-demo/target/grading/results.json"))));

        assertThat(lines).startsWith("::error title=03-demo%3A the tests could not run (0 of 0 points)::No results");
    }

    @Test
    @DisplayName("stop at GitHub's 10 errors, in exercise order, and count the rest in a notice")
    void capAtTen() {
        List<String> lines = WorkflowAnnotations.of(List.of(ExportSamples.failing(13))).lines().toList();

        assertThat(lines).hasSize(WorkflowAnnotations.SHOWN + 1);
        assertThat(lines.subList(0, WorkflowAnnotations.SHOWN)).allMatch(line -> line.startsWith("::error "));
        assertThat(lines.get(0)).contains("line=10,").endsWith("::failure 1");
        assertThat(lines.get(9)).contains("line=100,").endsWith("::failure 10");
        assertThat(lines.get(10)).isEqualTo(
                "::notice::3 more tests did not pass than GitHub shows here; the job summary lists them all.");
    }

    @Test
    @DisplayName("add no notice when exactly 10 tests failed")
    void noNoticeAtTen() {
        assertThat(WorkflowAnnotations.of(List.of(ExportSamples.failing(10))).lines())
                .hasSize(10).noneMatch(line -> line.startsWith("::notice"));
    }

    @Test
    @DisplayName("escape %, CR and LF in a message, and also : and , in a property")
    void escaping() {
        assertThat(WorkflowCommands.data("100% done\r\nnext: a, b")).isEqualTo("100%25 done%0D%0Anext: a, b");
        assertThat(WorkflowCommands.property("100% done\r\nnext: a, b"))
                .isEqualTo("100%25 done%0D%0Anext%3A a%2C b");
        assertThat(WorkflowCommands.error("a,b:c.java", 3, "t:1,2", "m%\n"))
                .isEqualTo("::error file=a%2Cb%3Ac.java,line=3,title=t%3A1%2C2::m%25%0A");
    }
}
