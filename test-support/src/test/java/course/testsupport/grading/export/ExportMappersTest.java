package course.testsupport.grading.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.testsupport.grading.gate.ChapterResults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The three grading exports")
class ExportMappersTest {

    private static final List<String> POINT_FIELDS = List.of("score", "max_score", "max-score");

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of("a run with passes, a failure and a timeout", List.of(ExportSamples.mixed()),
                        ExportSamples.MIXED_SCORE, ExportSamples.MAX_SCORE),
                Arguments.of("a chapter that did not compile", List.of(ExportSamples.compileError()), 0,
                        ExportSamples.MAX_SCORE),
                Arguments.of("both chapters together", List.of(ExportSamples.mixed(), ExportSamples.compileError()),
                        ExportSamples.MIXED_SCORE, 2 * ExportSamples.MAX_SCORE));
    }

    @ParameterizedTest(name = "{0}: {2} of {3} points in every format")
    @MethodSource("samples")
    @DisplayName("give the same points in every format")
    void samePoints(String what, List<ChapterResults> chapters, int score, int maxScore) {
        Map<String, ClassroomRunnerResult> runners = ClassroomRunnerResult.of(chapters);
        Classroom50Result classroom50 = Classroom50Result.of(ExportSamples.metadata(), chapters);
        GradescopeResults gradescope = GradescopeResults.of(chapters);

        assertThat(runners.values().stream().flatMap(r -> r.tests().stream())
                .mapToInt(ClassroomRunnerResult.RunnerTest::score).sum()).isEqualTo(score);
        assertThat(runners.values().stream().mapToInt(ClassroomRunnerResult::maxScore).sum()).isEqualTo(maxScore);
        assertThat(classroom50.score()).isEqualTo(score);
        assertThat(classroom50.maxScore()).isEqualTo(maxScore);
        assertThat(classroom50.tests().stream().mapToInt(Classroom50Result.TestScore::score).sum()).isEqualTo(score);
        assertThat(classroom50.tests().stream().mapToInt(Classroom50Result.TestScore::maxScore).sum())
                .isEqualTo(maxScore);
        assertThat(gradescope.score()).isEqualTo(score);
        assertThat(gradescope.tests().stream().mapToInt(GradescopeResults.TestCase::score).sum()).isEqualTo(score);
        assertThat(gradescope.tests().stream().mapToInt(GradescopeResults.TestCase::maxScore).sum())
                .isEqualTo(maxScore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    @DisplayName("write every score as a whole number and never leave one out")
    void integerPointsOnly(String what, List<ChapterResults> chapters, int score, int maxScore) throws Exception {
        List<String> exports = new ArrayList<>();
        ClassroomRunnerResult.of(chapters).values().forEach(runner -> exports.add(ExportJson.compact(runner)));
        exports.add(ExportJson.compact(Classroom50Result.of(ExportSamples.metadata(), chapters)));
        exports.add(ExportJson.compact(GradescopeResults.of(chapters)));

        for (String json : exports) {
            JsonNode root = new ObjectMapper().readTree(json);
            List<JsonNode> points = new ArrayList<>();
            collectPoints(root, points);
            assertThat(points).as(json).isNotEmpty().allMatch(JsonNode::isInt);
            root.get("tests").forEach(test -> assertThat(test.get("score")).as(json).isNotNull());
        }
    }

    @Test
    @DisplayName("export a chapter that did not compile as an error worth 0 of its full max, with the reason")
    void compileErrorIsZeroOfFullMax() {
        List<ChapterResults> chapters = List.of(ExportSamples.compileError());

        ClassroomRunnerResult runner = ClassroomRunnerResult.of(ExportSamples.compileError());
        Classroom50Result classroom50 = Classroom50Result.of(ExportSamples.metadata(), chapters);
        GradescopeResults gradescope = GradescopeResults.of(chapters);

        assertThat(runner.status()).isEqualTo("error");
        assertThat(runner.maxScore()).isEqualTo(ExportSamples.MAX_SCORE);
        assertThat(runner.tests()).hasSize(2).allSatisfy(test -> {
            assertThat(test.status()).isEqualTo("error");
            assertThat(test.score()).isZero();
            assertThat(test.message()).isEqualTo(ExportSamples.COMPILE_ERROR);
        });
        assertThat(classroom50.tests()).noneMatch(Classroom50Result.TestScore::passed);
        assertThat(gradescope.output()).isEqualTo(ExportSamples.COMPILE_ERROR);
        assertThat(gradescope.tests()).extracting(GradescopeResults.TestCase::status).containsOnly("failed");
    }

    @Test
    @DisplayName("export a chapter without results as one stand-in test worth 0, never as full marks")
    void missingResultsIsOneStandIn() {
        ChapterResults missing = ExportResults.missingResults("03-demo", Path.of("results.json"));

        ClassroomRunnerResult runner = ClassroomRunnerResult.of(missing);
        GradescopeResults gradescope = GradescopeResults.of(List.of(missing));
        Classroom50Result classroom50 = Classroom50Result.of(ExportSamples.metadata(), List.of(missing));

        assertThat(runner.status()).isEqualTo("error");
        assertThat(runner.tests()).singleElement().satisfies(test -> {
            assertThat(test.score()).isZero();
            assertThat(test.message()).contains("max score is unknown");
        });
        assertThat(gradescope.score()).isZero();
        assertThat(gradescope.tests()).singleElement().extracting(GradescopeResults.TestCase::status)
                .isEqualTo("failed");
        assertThat(classroom50.tests()).singleElement().extracting(Classroom50Result.TestScore::passed)
                .isEqualTo(false);
    }

    @Test
    @DisplayName("show hidden tests on Gradescope only once grades are published, public tests at once")
    void hiddenTestsAfterPublished() {
        GradescopeResults gradescope = GradescopeResults.of(List.of(ExportSamples.mixed()));

        assertThat(gradescope.tests()).extracting(GradescopeResults.TestCase::visibility)
                .containsExactly("visible", "visible", "after_published", "after_published");
        assertThat(gradescope.tests().get(1).output()).isEqualTo(ExportSamples.SPLIT_MESSAGE);
        assertThat(gradescope.tests().get(0).output()).isEqualTo("connected\n");
        assertThat(gradescope.output()).isNull();
    }

    @Test
    @DisplayName("encode a Classroom runner in base64 that decodes to the same result")
    void base64RoundTrip() {
        ClassroomRunnerResult runner = ClassroomRunnerResult.of(ExportSamples.mixed());

        ClassroomRunnerResult decoded = ClassroomRunnerResult.fromBase64(runner.base64());

        assertThat(decoded).isEqualTo(runner);
        assertThat(runner.base64()).matches("[A-Za-z0-9+/]+=*");
    }

    @Test
    @DisplayName("name each Classroom runner after its chapter, as the reporter's variable expects")
    void runnerNames() {
        ClassroomRunnerResult runner = ClassroomRunnerResult.of(ExportSamples.mixed());

        assertThat(ClassroomRunnerResult.runnerId("01-blocking")).isEqualTo("ch01_blocking");
        assertThat(ClassroomRunnerResult.environmentVariable("01-blocking")).isEqualTo("CH01_BLOCKING_RESULTS");
        assertThat(runner.tests()).extracting(ClassroomRunnerResult.RunnerTest::status)
                .containsExactly("pass", "fail", "error", "pass");
        assertThat(runner.tests()).extracting(ClassroomRunnerResult.RunnerTest::filename).containsExactly(
                "01-demo/src/test/java/demo/EchoTest.java", "01-demo/src/test/java/demo/EchoTest.java",
                "01-demo/src/hidden-test/java/demo/HiddenEchoTest.java",
                "01-demo/src/hidden-test/java/demo/HiddenEchoTest.java");
    }

    @Test
    @DisplayName("give each Classroom runner test its source line when results.json records it, else 0")
    void runnerLines() {
        ClassroomRunnerResult runner = ClassroomRunnerResult.of(ExportSamples.mixed());

        assertThat(runner.tests()).extracting(ClassroomRunnerResult.RunnerTest::lineNo).containsExactly(14, 27, 0, 0);
    }

    @Test
    @DisplayName("write Classroom 50's names in kebab-case and its datetime in UTC to the second")
    void classroom50Names() throws Exception {
        String json = ExportJson.compact(Classroom50Result.of(ExportSamples.metadata(),
                List.of(ExportSamples.mixed())));

        JsonNode root = new ObjectMapper().readTree(json);

        assertThat(root.get("max-score").asInt()).isEqualTo(ExportSamples.MAX_SCORE);
        assertThat(root.get("datetime").asText()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(root.get("tests").get(0).get("test-name").asText())
                .isEqualTo("01-demo / exercise 1: echoes a short message");
        assertThat(root.get("tests").get(0).has("message")).isFalse();
        assertThat(root.get("tests").get(1).get("message").asText()).isEqualTo(ExportSamples.SPLIT_MESSAGE);
    }

    private static void collectPoints(JsonNode node, List<JsonNode> points) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (POINT_FIELDS.contains(field.getKey())) {
                    points.add(field.getValue());
                }
                collectPoints(field.getValue(), points);
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectPoints(child, points));
        }
    }
}
