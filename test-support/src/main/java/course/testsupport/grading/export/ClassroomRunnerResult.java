package course.testsupport.grading.export;

import com.fasterxml.jackson.annotation.JsonProperty;
import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.TestResult;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One chapter as one runner of GitHub Classroom's grading reporter
 * (classroom-resources/autograding-grading-reporter), which reads it base64-encoded from the
 * environment variable {@code <RUNNER>_RESULTS} and adds up the tests' scores. Two traps shape
 * it: a runner without {@code max_score} silently drops out of the total, and a test without a
 * numeric {@code score} turns the total into NaN. So both are always written, also for a
 * chapter whose tests could not run (status "error", 0 of the chapter's full max).
 *
 * @param version always {@value #VERSION}
 * @param status pass, fail or error
 * @param maxScore the chapter's points possible
 * @param tests one entry per graded test, or one stand-in entry when there is no test list
 */
public record ClassroomRunnerResult(
        @JsonProperty("version") int version,
        @JsonProperty("status") String status,
        @JsonProperty("max_score") int maxScore,
        @JsonProperty("tests") List<RunnerTest> tests) {

    /** The reporter's input version. */
    public static final int VERSION = 1;

    /**
     * One test as the reporter prints it.
     *
     * @param name the chapter, exercise and display name
     * @param status pass, fail or error (a timeout is an error here)
     * @param score points earned, 0 unless passed
     * @param message why it did not pass, or ""
     * @param testCode the test's id, "class#method"
     * @param filename the test's source file, relative to the repository root
     * @param lineNo the line of the test method in {@code filename}, or 0 when results.json does not say
     * @param duration run time in milliseconds
     */
    public record RunnerTest(
            @JsonProperty("name") String name,
            @JsonProperty("status") String status,
            @JsonProperty("score") int score,
            @JsonProperty("message") String message,
            @JsonProperty("test_code") String testCode,
            @JsonProperty("filename") String filename,
            @JsonProperty("line_no") int lineNo,
            @JsonProperty("duration") long duration) {
    }

    /** Maps one chapter. */
    public static ClassroomRunnerResult of(ChapterResults chapter) {
        List<RunnerTest> tests = new ArrayList<>();
        for (TestResult test : chapter.tests()) {
            int score = Points.earned(chapter, test);
            String status = !Points.ran(chapter) ? "error" : switch (test.status()) {
                case PASS -> "pass";
                case FAIL -> "fail";
                case ERROR, TIMEOUT -> "error";
            };
            tests.add(new RunnerTest(Points.testName(chapter, test), status, score, Points.message(chapter, test),
                    test.id(), Points.testFile(chapter, test), Points.testLine(test), test.durationMs()));
        }
        if (tests.isEmpty()) {
            tests.add(new RunnerTest(Points.notRunName(chapter), "error", 0, Points.notRunMessage(chapter), "",
                    "", 0, 0));
        }
        String status = Points.ran(chapter) ? chapter.status().json() : Status.ERROR.json();
        return new ClassroomRunnerResult(VERSION, status, chapter.maxScore(), tests);
    }

    /** Maps several chapters, one runner each, keyed by {@link #runnerId} in the given order. */
    public static Map<String, ClassroomRunnerResult> of(List<ChapterResults> chapters) {
        Map<String, ClassroomRunnerResult> runners = new LinkedHashMap<>();
        chapters.forEach(chapter -> runners.put(runnerId(chapter.chapter()), of(chapter)));
        return runners;
    }

    /** The runner id the reporter's "runners" input names: "01-blocking" becomes "ch01_blocking". */
    public static String runnerId(String chapter) {
        return "ch" + chapter.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    /** The variable the reporter reads the runner from: "01-blocking" becomes "CH01_BLOCKING_RESULTS". */
    public static String environmentVariable(String chapter) {
        return runnerId(chapter).toUpperCase(Locale.ROOT) + "_RESULTS";
    }

    /** The reporter's input: base64 of the compact JSON. */
    public String base64() {
        return Base64.getEncoder().encodeToString(ExportJson.compact(this).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes what {@link #base64()} wrote. */
    public static ClassroomRunnerResult fromBase64(String encoded) {
        String json = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        return ExportJson.read(json, ClassroomRunnerResult.class);
    }
}
