package course.testsupport.grading.export;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.ResultsJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every export matches its consumer's JSON Schema")
class ExportSchemasTest {

    @TempDir
    Path folder;

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("a run with passes, a failure and a timeout", List.of(ExportSamples.mixed())),
                Arguments.of("a chapter that did not compile", List.of(ExportSamples.compileError())),
                Arguments.of("a chapter with full marks", List.of(ExportSamples.fullMarks())),
                Arguments.of("a chapter without results",
                        List.of(ExportResults.missingResults("03-demo", Path.of("results.json")))),
                Arguments.of("two chapters", List.of(ExportSamples.mixed(), ExportSamples.compileError())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @DisplayName("the sample chapters are valid results.json (docs/grading-results.schema.json)")
    void samplesAreValidResults(String what, List<ChapterResults> chapters) throws IOException {
        for (ChapterResults chapter : chapters) {
            Path file = folder.resolve(chapter.chapter() + ".json");
            ResultsJson.write(chapter, file);

            assertThat(JsonSchemas.violations(JsonSchemas.GRADING_RESULTS, Files.readString(file))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @DisplayName("each GitHub Classroom runner matches the reporter's input schema")
    void classroomRunners(String what, List<ChapterResults> chapters) {
        ClassroomRunnerResult.of(chapters).values().forEach(runner -> assertThat(
                JsonSchemas.violations(JsonSchemas.CLASSROOM_REPORTER, ExportJson.pretty(runner))).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @DisplayName("the Classroom 50 result matches Classroom 50's published schema")
    void classroom50(String what, List<ChapterResults> chapters) {
        String json = ExportJson.pretty(Classroom50Result.of(ExportSamples.metadata(), chapters));

        assertThat(JsonSchemas.violations(JsonSchemas.CLASSROOM50, json)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @DisplayName("the Gradescope results match Gradescope's results.json schema")
    void gradescope(String what, List<ChapterResults> chapters) {
        String json = ExportJson.pretty(GradescopeResults.of(chapters));

        assertThat(JsonSchemas.violations(JsonSchemas.GRADESCOPE, json)).isEmpty();
    }

    @Test
    @DisplayName("the schemas do reject the reporter's traps: no max_score, a score that is not a number")
    void schemasRejectTraps() {
        String noMax = """
                {"version": 1, "status": "error", "tests": [{"name": "x", "status": "error", "score": 0,
                 "message": "", "test_code": "", "filename": "", "line_no": 0, "duration": 0}]}
                """;
        String fractional = ExportJson.compact(GradescopeResults.of(List.of(ExportSamples.mixed())))
                .replaceFirst("\"score\":3", "\"score\":2.5");

        assertThat(JsonSchemas.violations(JsonSchemas.CLASSROOM_REPORTER, noMax)).isNotEmpty();
        assertThat(JsonSchemas.violations(JsonSchemas.GRADESCOPE, fractional)).isNotEmpty();
        assertThat(JsonSchemas.violations(JsonSchemas.CLASSROOM50, "{\"schema\": \"classroom50/result/v1\"}"))
                .isNotEmpty();
    }
}
