package course.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.testsupport.grading.TimeLimit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The course proof's end-to-end check of a released student edition: it is built with the student's
 * command, graded by the grading workflow's own steps and by both autograder bundles, and every export
 * is checked against its consumer's JSON Schema. Tagged "edition": course-tool's pom runs it in an
 * execution of its own (about a minute: each Maven build of the edition takes some ten seconds).
 */
@Tag("edition")
@TimeLimit(seconds = 300)
@DisplayName("A released student edition")
class EditionEndToEndTest {

    private static final String CHAPTER = "01-blocking";
    private static final int CHAPTER_MAX = 36;
    /** The one reference file planted in a copy of the edition: exercise 1 passes, the others do not. */
    private static final String PLANTED = "src/main/java/course/blocking/EchoClient.java";
    private static final Path PLANTED_REFERENCE = Path.of(ToolRun.COURSE, CHAPTER,
            "src/solution/java/course/blocking/EchoClient.java");
    /** A hard bound per external process; a healthy build of the edition takes some ten seconds. */
    private static final Duration BOUND = Duration.ofSeconds(180);
    /** The repository variables and the runner's context of a push of a Classroom 50 submission tag. */
    private static final Map<String, String> VARS = Map.of("CLASSROOM", "sockets", "ASSIGNMENT", "demo");
    private static final String TAG = "submit/2026-11-20T10-15-30Z-0123abc";
    private static final Map<String, String> GITHUB = Map.of("GITHUB_REPOSITORY", "course-org/sockets-demo-alice",
            "GITHUB_SHA", "0123abc4567890def0123abc4567890def012345", "GITHUB_ACTOR", "alice",
            "GITHUB_SERVER_URL", "https://github.com", "GITHUB_EVENT_NAME", "push",
            "GITHUB_REF", "refs/tags/" + TAG, "GITHUB_REF_NAME", TAG, "GITHUB_REF_TYPE", "tag");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path released;

    private static ToolRun release;

    @TempDir
    Path temp;

    @BeforeAll
    static void releaseTheStudentEdition() {
        release = ToolRun.of("release", "student", "--out", released.toString(), "--course", ToolRun.COURSE);
    }

    @Test
    @DisplayName("is released with a leak scan that finds nothing")
    void releaseScansClean() {
        assertThat(release.exitCode()).as("release student: %s", release.err()).isZero();
        assertThat(release.out()).contains("Leak scan:", "no leak");
    }

    @Test
    @DisplayName("fails the leak scan once a reference body is planted in it, and the scan names the file")
    void plantedReferenceFailsTheScan() throws IOException {
        Path edition = partialEdition();

        ToolRun scan = ToolRun.of("scan", "--edition", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(scan.exitCode()).as("scan of an edition with a planted reference body: %s", scan.out())
                .isEqualTo(1);
        assertThat(scan.err()).contains("leak: " + CHAPTER + "/" + PLANTED + " contains the reference body of");
    }

    @Test
    @DisplayName("ends the student's ./mvnw test red, with 0 of 36 in the chapter report and the scoreboard")
    void studentCommandScoresZero() throws IOException, InterruptedException {
        Path edition = copyOfEdition("student");

        BoundedProcess build = run(List.of("bash", "./mvnw", "-B", "test"), edition, Map.of(), "student");

        assertThat(build.exitCode()).as("the skeleton earns nothing, so the build must end red:%n%s",
                build.describe()).isNotZero();
        assertThat(build.output()).as(build.describe()).contains(CHAPTER + " earned 0 of " + CHAPTER_MAX,
                "== Scoreboard (student run)", "02-nonblocking").containsPattern("Total\\s+0/" + CHAPTER_MAX);
    }

    @Test
    @TimeLimit(seconds = 600)
    @DisplayName("gives one partial submission the same public points in the workflow, Classroom 50 and Gradescope")
    void partialSubmissionScoresAlike() throws IOException, InterruptedException {
        Path edition = partialEdition();

        int reporter = workflowReporterPoints(edition);
        int classroom50 = points(edition.resolve("result.json"), SchemaCheck.CLASSROOM50, "score");
        int gradescope = gradescopeExportPoints(edition);
        int bundle50 = classroom50BundlePoints(edition);
        int gradescopeVisible = gradescopeVisiblePoints(edition);

        assertThat(reporter).as("the reporter's points for one reference file of five: some, not all")
                .isPositive().isLessThan(CHAPTER_MAX);
        assertThat(List.of(classroom50, gradescope, bundle50, gradescopeVisible))
                .as("public points of Classroom 50's result.json (workflow), Gradescope's results.json from the "
                        + "same run, the Classroom 50 bundle and the Gradescope bundle's visible tests; the "
                        + "reporter gave %d", reporter)
                .containsOnly(reporter);
    }

    @Test
    @DisplayName("gets its solution only after the deadline or with --force, and the solution passes there")
    void solutionsAfterTheDeadline() throws IOException, InterruptedException {
        Path edition = copyOfEdition("solutions");
        List<String> releaseSolutions = List.of("release", "solutions", "--chapter", CHAPTER, "--into",
                edition.toString(), "--course", ToolRun.COURSE, "--today", "2026-12-01");

        ToolRun early = ToolRun.of(releaseSolutions.toArray(String[]::new));
        ToolRun forced = ToolRun.of(plus(releaseSolutions, "--force").toArray(String[]::new));

        assertThat(early.exitCode()).as("release before the deadline: %s", early.out()).isEqualTo(1);
        assertThat(early.err()).contains(CHAPTER + " is due on 2026-12-14", "--force");
        assertThat(forced.exitCode()).as("release with --force: %s", forced.err()).isZero();
        assertThat(edition.resolve("solutions/" + CHAPTER + "/" + PLANTED)).isRegularFile();
        // The command the tool tells the instructor to run, as it printed it.
        String check = forced.out().lines().map(String::strip).filter(line -> line.startsWith("./mvnw"))
                .findFirst().orElseThrow(() -> new AssertionError("no ./mvnw command in: " + forced.out()));
        BoundedProcess build = run(List.of("bash", "-c", check), edition, Map.of(), "solutions");
        assertThat(build.exitCode()).as(build.describe()).isZero();
        assertThat(build.output()).as(build.describe()).contains("== " + CHAPTER + " (student run): 36/36 points");
    }

    /** Runs the grading workflow's steps; returns the points of the reporter's input, after checking it. */
    private int workflowReporterPoints(Path edition) throws IOException, InterruptedException {
        WorkflowRun workflow = new WorkflowRun(edition, temp.resolve("runner"), VARS, GITHUB, BOUND);

        List<WorkflowRun.Step> steps = workflow.run(edition.resolve(".github/workflows/grading.yml"));

        for (WorkflowRun.Step step : steps) {
            assertThat(step.failedTheJob()).as("workflow step \"%s\" failed the job: %s", step.name(),
                    step.process() == null ? "" : step.process().describe()).isFalse();
        }
        assertThat(steps).as("the workflow's steps that ran a script").filteredOn(step -> step.process() != null)
                .isNotEmpty();
        assertThat(workflow.stepSummary()).as("the job summary").isNotEmptyFile();
        List<String> runners = Files.readAllLines(workflow.githubEnv()).stream()
                .filter(line -> line.matches("[A-Z0-9_]+_RESULTS=.*")).toList();
        assertThat(runners).as("the reporter's <RUNNER>_RESULTS lines in GITHUB_ENV").isNotEmpty();
        int points = 0;
        for (String line : runners) {
            String json = new String(Base64.getDecoder().decode(line.substring(line.indexOf('=') + 1)),
                    StandardCharsets.UTF_8);
            assertThat(SchemaCheck.CLASSROOM_REPORTER.violations(json)).as("%s against the reporter's input schema",
                    line.substring(0, line.indexOf('='))).isEmpty();
            for (JsonNode test : JSON.readTree(json).path("tests")) {
                points += test.path("score").asInt();
            }
        }
        assertThat(workflow.stepSummary()).as("the job summary's Markdown").content()
                .contains("## Score: " + points + " / 36", "| " + CHAPTER + " | " + points + " / 36 |");
        String annotations = steps.stream().filter(step -> step.process() != null)
                .map(step -> step.process().output()).collect(Collectors.joining("\n"));
        assertThat(annotations).as("the workflow's output: GitHub turns ::error lines into annotations on failed tests")
                .contains("::error file=" + CHAPTER + "/src/test/java/course/blocking/");
        return points;
    }

    /** Exports Gradescope's results.json from the workflow's run, as the Gradescope bundle would; returns its score. */
    private int gradescopeExportPoints(Path edition) throws IOException, InterruptedException {
        Path results = temp.resolve("gradescope-from-the-workflow-run.json");
        BoundedProcess export = run(List.of("bash", "./mvnw", "-B", "-q", "-pl", "test-support", "compile",
                "exec:exec@export-results", "-Dexport.args=--format gradescope --out " + results), edition, Map.of(),
                "gradescope-export");

        assertThat(export.exitCode()).as(export.describe()).isZero();
        return points(results, SchemaCheck.GRADESCOPE, "score");
    }

    /** Runs the Classroom 50 bundle's autograder.py in a copy of the edition; returns its result.json's score. */
    private int classroom50BundlePoints(Path edition) throws IOException, InterruptedException {
        Path bundle = bundle("classroom50");
        Path checkout = temp.resolve("classroom50-checkout");
        FileTree.copyTree(edition, checkout, List.of("result.json"));
        requirePython3(checkout);

        Map<String, String> env = new HashMap<>(GITHUB);
        env.putAll(VARS);
        env.put("SUBMISSION_TAG", TAG);
        BoundedProcess grading = run(List.of("python3", bundle.resolve("autograder.py").toString()), checkout, env,
                "classroom50-bundle");

        assertThat(grading.exitCode()).as(grading.describe()).isZero();
        return points(checkout.resolve("result.json"), SchemaCheck.CLASSROOM50, "score");
    }

    private void requirePython3(Path dir) throws InterruptedException {
        String why = "the Classroom 50 bundle's autograder.py needs python3 on the PATH (.ci/run installs it): ";
        try {
            BoundedProcess python = run(List.of("python3", "--version"), dir, Map.of(), "python3");
            assertThat(python.exitCode()).as(why + python.describe()).isZero();
        } catch (IOException e) {
            fail(why + e.getMessage());
        }
    }

    /** Runs Gradescope's run_autograder on the edition's chapter sources; returns its visible tests' points. */
    private int gradescopeVisiblePoints(Path edition) throws IOException, InterruptedException {
        Path root = temp.resolve("autograder");
        Path source = bundle("gradescope");
        Files.createDirectories(root);
        Files.move(source, root.resolve("source"));
        FileTree.copyTree(edition.resolve(CHAPTER + "/src/main/java"),
                root.resolve("submission/" + CHAPTER + "/src/main/java"), List.of());

        BoundedProcess grading = run(List.of("bash", root.resolve("source/run_autograder").toString()), root,
                Map.of("AUTOGRADER_ROOT", root.toString()), "gradescope-bundle");

        assertThat(grading.exitCode()).as(grading.describe()).isZero();
        Path results = root.resolve("results/results.json");
        int score = points(results, SchemaCheck.GRADESCOPE, "score");
        int visible = 0;
        List<String> visibilities = new ArrayList<>();
        for (JsonNode test : JSON.readTree(results.toFile()).path("tests")) {
            visibilities.add(test.path("visibility").asText());
            if ("visible".equals(test.path("visibility").asText())) {
                visible += test.path("score").asInt();
            }
        }
        assertThat(visibilities).as("Gradescope grades the public tests and the hidden ones")
                .contains("visible", "after_published");
        assertThat(score).as("Gradescope's score, hidden tests included").isGreaterThanOrEqualTo(visible);
        return visible;
    }

    /** Checks the file against its schema and returns its integer field {@code field}. */
    private static int points(Path file, SchemaCheck schema, String field) throws IOException {
        assertThat(file).as("%s, which the run should have written", file).isRegularFile();
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(schema.violations(json)).as("%s against the %s schema", file.getFileName(), schema).isEmpty();
        return JSON.readTree(json).path(field).asInt();
    }

    /** Releases the chapter's bundle for {@code platform} and unpacks it into a folder of its own. */
    private Path bundle(String platform) throws IOException {
        Path zip = temp.resolve(platform + ".zip");
        ToolRun run = ToolRun.of("release", "bundle", "--for", platform, "--chapter", CHAPTER, "--out",
                zip.toString(), "--course", ToolRun.COURSE);
        assertThat(run.exitCode()).as("release bundle --for %s: %s", platform, run.err()).isZero();
        Path folder = temp.resolve(platform + "-bundle");
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                Files.createDirectories(target.getParent());
                Files.copy(in, target);
            }
        }
        return folder;
    }

    /** A copy of the released edition, with the reference of one exercise planted over its skeleton. */
    private Path partialEdition() throws IOException {
        Path edition = copyOfEdition("partial");
        FileTree.copyFile(PLANTED_REFERENCE, edition.resolve(CHAPTER + "/" + PLANTED));
        return edition;
    }

    /** A copy of the released edition, without build output, for a test that changes or builds it. */
    private Path copyOfEdition(String name) throws IOException {
        assertThat(release.exitCode()).as("release student: %s", release.err()).isZero();
        Path copy = temp.resolve(name);
        FileTree.copyTree(released, copy, List.of());
        return copy;
    }

    private BoundedProcess run(List<String> command, Path dir, Map<String, String> env, String log)
            throws IOException, InterruptedException {
        BoundedProcess process = BoundedProcess.run(command, dir, env, temp.resolve(log + ".log"), BOUND);
        if (process.timedOut()) {
            fail("killed at its time bound of " + BOUND.toSeconds() + " s: " + process.describe());
        }
        return process;
    }

    private static List<String> plus(List<String> list, String more) {
        return Stream.concat(list.stream(), Stream.of(more)).toList();
    }
}
