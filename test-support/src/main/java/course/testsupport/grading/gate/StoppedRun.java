package course.testsupport.grading.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The results of a chapter whose test run was stopped from outside (a time bound, {@code System.exit}) before
 * its gate could write results.json. The outcomes the grading listener flushed line by line still say which
 * tests finished: those keep their points, the test that was running is a timeout, the rest never ran.
 */
public final class StoppedRun {

    /** Why a chapter's run ended without its gate when its test JVM ended early: the start of its tests' messages. */
    public static final String EARLY_END = "The test JVM ended early (System.exit or Runtime.halt ends every test at "
            + "once: throw or return instead; or the JVM crashed)";

    private StoppedRun() {
    }

    /**
     * The results of a chapter's student run whose test JVM ended early: Surefire then stops the chapter's build
     * before its gate, leaving outcomes.jsonl but no results.json.
     *
     * @param chapterDir the chapter module's folder
     * @param hidden whether the run included the hidden tests (src/hidden-test/java)
     * @return the results assembled from the outcomes; empty when results.json exists or no test started
     * @throws IOException when the sources or the outcomes cannot be read
     */
    public static Optional<ChapterResults> afterAnEarlyEnd(Path chapterDir, boolean hidden) throws IOException {
        Path outcomes = chapterDir.resolve("target/grading/student/outcomes.jsonl");
        if (Files.exists(chapterDir.resolve("target/grading/results.json")) || !Files.exists(outcomes)) {
            return Optional.empty();
        }
        return Optional.of(results(chapterDir, hidden, outcomes, EARLY_END));
    }

    /**
     * Assembles the results of a stopped run.
     *
     * @param chapterDir the chapter module's folder, e.g. ".../01-blocking": its name names the chapter, and
     *     the tests' source files are recorded relative to it
     * @param hidden whether the run included the hidden tests (src/hidden-test/java) besides src/test/java
     * @param outcomes the run's outcomes.jsonl; a missing file means no test started
     * @param whyStopped what stopped the run, as the start of a sentence, e.g. "The build was stopped at 300 s"
     * @return every graded test of the chapter, scored from what finished; the run is "student"
     * @throws IOException when the sources or the outcomes cannot be read
     */
    public static ChapterResults results(Path chapterDir, boolean hidden, Path outcomes, String whyStopped)
            throws IOException {
        List<Path> testRoots = new ArrayList<>(List.of(chapterDir.resolve("src/test/java")));
        Path hiddenRoot = chapterDir.resolve("src/hidden-test/java");
        if (hidden) {
            testRoots.add(hiddenRoot);
        }
        List<GradedTest> catalog = GradedTestCatalog.scan(testRoots, hiddenRoot).stream()
                .map(test -> test.relativeTo(chapterDir)).toList();
        return ResultsAssembler.assembleStopped(chapterDir.getFileName().toString(), "student", catalog,
                Outcomes.read(outcomes), notStartedMessage(whyStopped), runningMessage(whyStopped));
    }

    /** The message of a test that was running when the run was stopped. */
    public static String runningMessage(String whyStopped) {
        return whyStopped + " while this test was running, so it earns no points.";
    }

    /** The message of a test that never started because the run was stopped first. */
    public static String notStartedMessage(String whyStopped) {
        return whyStopped + " before this test started, so it did not run and earns no points.";
    }
}
