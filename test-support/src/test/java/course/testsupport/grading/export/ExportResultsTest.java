package course.testsupport.grading.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.testsupport.grading.gate.ChapterGate;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.GradedTest;
import course.testsupport.grading.gate.GradedTestCatalog;
import course.testsupport.grading.gate.ResultsJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayName("ExportResults")
class ExportResultsTest {

    private static final Map<String, String> ACTIONS_ENV = Map.of(
            "CLASSROOM", "sockets", "ASSIGNMENT", "demo", "SUBMISSION_TAG", "submit/2026-11-20T10-15-30Z-0123abc",
            "GITHUB_REPOSITORY", "course-org/sockets-demo-alice", "GITHUB_SHA", "0123abc",
            "GITHUB_SERVER_URL", "https://github.com", "GITHUB_ACTOR", "bob");

    /** The one test of 01-blocking that fails in {@link #annotationAtARealTest()}. */
    private static final String FAILING = "leavesTheSocketOpenForASecondMessage";

    @TempDir
    Path course;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @BeforeEach
    void writeCourse() throws IOException {
        writeChapter(ExportSamples.mixed());
        writeChapter(ExportSamples.compileError());
    }

    private void writeChapter(ChapterResults results) throws IOException {
        Path chapter = course.resolve(results.chapter());
        Files.createDirectories(chapter);
        Files.writeString(chapter.resolve("pom.xml"), "<project/>");
        ResultsJson.write(results, chapter.resolve("target/grading/results.json"));
    }

    private int export(Map<String, String> env, String... args) {
        List<String> all = new ArrayList<>(List.of("--course-root", course.toString()));
        all.addAll(List.of(args));
        ExportResults command = new ExportResults(env, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
        return new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).execute(all.toArray(String[]::new));
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return stderr.toString(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("writes Gradescope's results.json for every chapter to --out")
    void gradescopeToFile() throws IOException {
        Path file = course.resolve("autograder/results/results.json");

        int exit = export(Map.of(), "--format", "gradescope", "--out", file.toString());

        assertThat(exit).isZero();
        JsonNode results = new ObjectMapper().readTree(file.toFile());
        assertThat(results.get("score").asInt()).isEqualTo(ExportSamples.MIXED_SCORE);
        assertThat(results.get("tests")).hasSize(6);
        assertThat(JsonSchemas.violations(JsonSchemas.GRADESCOPE, Files.readString(file))).isEmpty();
    }

    @Test
    @DisplayName("prints one <RUNNER>_RESULTS=<base64> line per chapter with --base64")
    void classroomBase64Lines() {
        int exit = export(Map.of(), "--format", "classroom", "--base64");

        assertThat(exit).isZero();
        List<String> lines = out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("CH01_DEMO_RESULTS=");
        assertThat(lines.get(1)).startsWith("CH02_DEMO_RESULTS=");
        ClassroomRunnerResult broken = ClassroomRunnerResult.fromBase64(lines.get(1).split("=", 2)[1]);
        assertThat(broken).isEqualTo(ClassroomRunnerResult.of(ExportSamples.compileError()));
    }

    @Test
    @DisplayName("limits the export to the chapters named with --chapter")
    void oneChapter() throws IOException {
        int exit = export(Map.of(), "--format", "classroom", "--chapter", "02-demo");

        assertThat(exit).isZero();
        JsonNode runners = new ObjectMapper().readTree(out());
        assertThat(runners.size()).isEqualTo(1);
        assertThat(runners.get("ch02_demo").get("max_score").asInt()).isEqualTo(ExportSamples.MAX_SCORE);
        assertThat(runners.get("ch02_demo").get("status").asText()).isEqualTo("error");
    }

    @Test
    @DisplayName("scores a chapter whose test JVM ended early (no results.json) from its outcomes, with its full max")
    void chapterWhoseTestJvmEndedEarly() throws IOException {
        Path chapter = course.resolve("03-demo");
        Files.createDirectories(chapter);
        Files.writeString(chapter.resolve("pom.xml"), "<project/>");
        Files.createDirectories(chapter.resolve("src/test/java/demo"));
        Files.writeString(chapter.resolve("src/test/java/demo/EchoTest.java"), """
                package demo;
                import course.testsupport.grading.Graded;
                class EchoTest {
                    @Graded(exercise = 1, points = 2) void echoes() { }
                    @Graded(exercise = 1, points = 3) void exits() { }
                }
                """);
        Files.createDirectories(chapter.resolve("target/grading/student"));
        Files.writeString(chapter.resolve("target/grading/student/outcomes.jsonl"), """
                {"event":"started","testClass":"demo.EchoTest","testMethod":"echoes"}
                {"event":"finished","testClass":"demo.EchoTest","testMethod":"echoes","status":"pass"}
                {"event":"started","testClass":"demo.EchoTest","testMethod":"exits"}
                """);

        int exit = export(Map.of(), "--format", "classroom", "--chapter", "03-demo");

        assertThat(exit).as(err()).isZero();
        JsonNode runner = new ObjectMapper().readTree(out()).get("ch03_demo");
        assertThat(runner.get("max_score").asInt()).isEqualTo(5);
        assertThat(runner.get("tests")).extracting(test -> test.get("score").asInt()).containsExactly(2, 0);
        assertThat(runner.get("tests").get(1).get("message").asText()).contains("System.exit");
    }

    @Test
    @DisplayName("exports a chapter without results.json as an error, says its max is unknown, and exits with 1")
    void missingResults() throws IOException {
        Files.createDirectories(course.resolve("03-demo"));
        Files.writeString(course.resolve("03-demo/pom.xml"), "<project/>");

        int exit = export(Map.of(), "--format", "classroom");

        assertThat(exit).isEqualTo(ExportResults.MISSING_RESULTS);
        assertThat(err()).contains("03-demo: no target/grading/results.json").contains("max score is unknown");
        JsonNode missing = new ObjectMapper().readTree(out()).get("ch03_demo");
        assertThat(missing.get("status").asText()).isEqualTo("error");
        assertThat(missing.get("tests").get(0).get("score").asInt()).isZero();
    }

    @Test
    @DisplayName("fills Classroom 50's metadata from GitHub Actions' variables and matches its schema")
    void classroom50FromEnvironment() throws IOException {
        int exit = export(ACTIONS_ENV, "--format", "classroom50", "--datetime", "2026-11-20T11:15:30+01:00");

        assertThat(exit).isZero();
        JsonNode result = new ObjectMapper().readTree(out());
        assertThat(result.get("owner").asText()).isEqualTo("alice");
        assertThat(result.get("commit").asText())
                .isEqualTo("https://github.com/course-org/sockets-demo-alice/commit/0123abc");
        assertThat(result.get("release").asText()).isEqualTo(
                "https://github.com/course-org/sockets-demo-alice/releases/tag/submit%2F2026-11-20T10-15-30Z-0123abc");
        assertThat(result.get("review").asText()).isEqualTo(result.get("commit").asText());
        assertThat(result.get("datetime").asText()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(result.get("assignment_type").asText()).isEqualTo("individual");
        assertThat(result.get("score").asInt()).isEqualTo(ExportSamples.MIXED_SCORE);
        assertThat(result.get("max-score").asInt()).isEqualTo(2 * ExportSamples.MAX_SCORE);
        assertThat(JsonSchemas.violations(JsonSchemas.CLASSROOM50, out())).isEmpty();
    }

    @Test
    @DisplayName("takes Classroom 50's submission from the pushed tag when $SUBMISSION_TAG is not set")
    void classroom50FromPushedTag() throws IOException {
        Map<String, String> env = new HashMap<>(ACTIONS_ENV);
        env.remove("SUBMISSION_TAG");
        env.putAll(Map.of("GITHUB_REF_TYPE", "tag", "GITHUB_REF_NAME", "submit/2026-11-21T08-00-00Z-4567def"));

        int exit = export(env, "--format", "classroom50");

        assertThat(exit).as(err()).isZero();
        JsonNode result = new ObjectMapper().readTree(out());
        assertThat(result.get("submission").asText()).isEqualTo("submit/2026-11-21T08-00-00Z-4567def");
    }

    @Test
    @DisplayName("lets options override the environment for Classroom 50")
    void classroom50Options() throws IOException {
        int exit = export(ACTIONS_ENV, "--format", "classroom50", "--owner", "carol", "--assignment-type", "group",
                "--review", "https://example.org/review");

        assertThat(exit).isZero();
        JsonNode result = new ObjectMapper().readTree(out());
        assertThat(result.get("owner").asText()).isEqualTo("carol");
        assertThat(result.get("assignment_type").asText()).isEqualTo("group");
        assertThat(result.get("review").asText()).isEqualTo("https://example.org/review");
        assertThat(result.get("datetime").asText()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    }

    @Test
    @DisplayName("refuses Classroom 50 without the submission's identity, naming what is missing, and writes nothing")
    void classroom50WithoutMetadata() {
        Path file = course.resolve("result.json");

        int exit = export(Map.of(), "--format", "classroom50", "--out", file.toString());

        assertThat(exit).isEqualTo(ExportResults.MISSING_METADATA);
        assertThat(file).doesNotExist();
        assertThat(err()).contains("--classroom or $CLASSROOM").contains("--submission or $SUBMISSION_TAG");
    }

    @Test
    @DisplayName("rejects --base64 for any format but classroom")
    void base64OnlyForClassroom() {
        int exit = export(Map.of(), "--format", "gradescope", "--base64");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(out()).isEmpty();
    }

    @Test
    @DisplayName("writes several formats in one run, each to its own --out")
    void severalOutputs() throws IOException {
        Path summary = course.resolve("out/summary.md");
        Path annotations = course.resolve("out/annotations.txt");
        Path env = course.resolve("out/classroom.env");

        int exit = export(Map.of(), "--format", "summary", "--out", summary.toString(),
                "--format", "annotations", "--out", annotations.toString(),
                "--format", "classroom", "--base64", "--out", env.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(summary)).startsWith("## Score: 3 / 20\n");
        assertThat(Files.readAllLines(annotations)).hasSize(3).allMatch(line -> line.startsWith("::error "));
        assertThat(Files.readAllLines(env)).hasSize(2).allMatch(line -> line.matches("CH0[12]_DEMO_RESULTS=.+"));
        assertThat(out()).isEmpty();
    }

    @Test
    @DisplayName("still writes the other outputs when Classroom 50's identity is missing, and exits with 2")
    void classroom50MissingKeepsTheOthers() throws IOException {
        Path summary = course.resolve("summary.md");
        Path result = course.resolve("result.json");

        int exit = export(Map.of(), "--format", "classroom50", "--out", result.toString(),
                "--format", "summary", "--out", summary.toString());

        assertThat(exit).isEqualTo(ExportResults.MISSING_METADATA);
        assertThat(result).doesNotExist();
        assertThat(summary).exists();
        assertThat(err()).contains("no result.json was written");
    }

    @Test
    @DisplayName("points an annotation at the real line of a real chapter's test, through the gate's results.json")
    void annotationAtARealTest() throws IOException {
        Path chapterDir = Path.of("..", "01-blocking").toAbsolutePath().normalize();
        Path chapter = course.resolve("01-blocking");
        Files.createDirectories(chapter);
        Files.writeString(chapter.resolve("pom.xml"), "<project/>");
        Path runDir = chapter.resolve("target/grading/student");
        Files.createDirectories(runDir);
        StringBuilder outcomes = new StringBuilder();
        for (GradedTest test : GradedTestCatalog.scan(List.of(chapterDir.resolve("src/test/java")),
                chapterDir.resolve("src/hidden-test/java"))) {
            String status = test.testMethod().equals(FAILING) ? "fail" : "pass";
            outcomes.append("""
                    {"event":"started","testClass":"%1$s","testMethod":"%2$s"}
                    {"event":"finished","testClass":"%1$s","testMethod":"%2$s","status":"%3$s","message":"no echo"}
                    """.formatted(test.testClass(), test.testMethod(), status));
        }
        Files.writeString(runDir.resolve("outcomes.jsonl"), outcomes);
        new CommandLine(new ChapterGate()).execute("--chapter", "01-blocking",
                "--chapter-dir", chapterDir.toString(), "--run-dir", runDir.toString(),
                "--results", chapter.resolve("target/grading/results.json").toString(),
                "--main-root", chapterDir.resolve("src/main/java").toString(),
                "--test-roots", chapterDir.resolve("src/test/java").toString(),
                "--hidden-root", chapterDir.resolve("src/hidden-test/java").toString());

        int exit = export(Map.of(), "--chapter", "01-blocking", "--format", "annotations");

        assertThat(exit).isZero();
        assertThat(out().lines()).hasSize(1);
        String first = out().lines().findFirst().orElseThrow();
        Matcher place = Pattern.compile("^::error file=([^,]+),line=(\\d+),")
                .matcher(first);
        assertThat(place.find()).as("an annotation with file and line: %s", first).isTrue();
        assertThat(place.group(1)).isEqualTo("01-blocking/src/test/java/course/blocking/EchoClientTest.java");
        List<String> source = Files.readAllLines(chapterDir.getParent().resolve(place.group(1)));
        assertThat(source.get(Integer.parseInt(place.group(2)) - 1))
                .contains("void " + FAILING + "(");
    }
}
