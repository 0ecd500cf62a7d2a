package course.testsupport.grading.gate;

import course.testsupport.grading.Outcome;
import course.testsupport.grading.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Joins the graded tests declared in the sources with what the test run recorded. A test
 * earns its points only when every one of its invocations passed; a test with no record
 * appears anyway, with the reason it did not run.
 */
final class ResultsAssembler {

    static final String KILLED = "The test JVM ended while this test was running: the chapter's hard time bound "
            + "ran out, or the code called System.exit() or crashed the JVM.";

    private ResultsAssembler() {
    }

    /**
     * Builds a chapter's results.
     *
     * @param notRunReason why nothing ran (compiler errors), or null when the tests ran
     */
    static ChapterResults assemble(String chapter, String run, List<GradedTest> catalog, List<Outcome> outcomes,
            String notRunReason) {
        String notRun = notRunReason != null ? notRunReason : "This test did not run (see the build output above).";
        List<TestResult> results = join(catalog, outcomes, notRun, KILLED);
        int score = results.stream().mapToInt(TestResult::score).sum();
        int max = results.stream().mapToInt(TestResult::maxScore).sum();
        Status status = notRunReason != null ? Status.ERROR : score == max ? Status.PASS : Status.FAIL;
        return new ChapterResults(ChapterResults.SCHEMA, chapter, run, status, score, max, notRunReason, results);
    }

    /**
     * Joins the catalog with the outcomes of a run stopped from outside before its gate could run.
     *
     * @param notStarted the message of a test that never started
     * @param running the message of a test that started and never finished
     */
    static ChapterResults assembleStopped(String chapter, String run, List<GradedTest> catalog,
            List<Outcome> outcomes, String notStarted, String running) {
        List<TestResult> results = join(catalog, outcomes, notStarted, running);
        int score = results.stream().mapToInt(TestResult::score).sum();
        int max = results.stream().mapToInt(TestResult::maxScore).sum();
        return new ChapterResults(ChapterResults.SCHEMA, chapter, run, score == max ? Status.PASS : Status.FAIL,
                score, max, null, results);
    }

    private static List<TestResult> join(List<GradedTest> catalog, List<Outcome> outcomes, String notStarted,
            String running) {
        Map<String, List<Outcome>> byTest = outcomes.stream().collect(Collectors.groupingBy(Outcome::key));
        List<TestResult> results = new ArrayList<>();
        for (GradedTest test : catalog) {
            results.add(resultOf(test, byTest.getOrDefault(test.key(), List.of()), notStarted, running));
        }
        return results;
    }

    private static TestResult resultOf(GradedTest test, List<Outcome> records, String notStarted, String running) {
        List<Outcome> finished = records.stream().filter(o -> Outcome.FINISHED.equals(o.event())).toList();
        long started = records.stream().filter(o -> Outcome.STARTED.equals(o.event())).count();
        long duration = finished.stream().mapToLong(Outcome::durationMs).sum();
        String output = joinOutput(finished);
        if (finished.isEmpty() && started == 0) {
            return failed(test, Status.ERROR, notStarted, output, duration);
        }
        for (Outcome outcome : finished) {
            Status status = Status.fromJson(outcome.status());
            if (status != Status.PASS) {
                String prefix = finished.size() > 1 ? "[" + outcome.displayName() + "] " : "";
                return failed(test, status, prefix + outcome.message(), output, duration);
            }
        }
        if (started > finished.size()) {
            return failed(test, Status.TIMEOUT, running, output, duration);
        }
        return new TestResult(test.key(), test.exercise(), test.name(), Status.PASS, test.points(), test.points(),
                test.visibility(), null, output, duration, test.file(), line(test));
    }

    private static TestResult failed(GradedTest test, Status status, String message, String output, long duration) {
        return new TestResult(test.key(), test.exercise(), test.name(), status, 0, test.points(), test.visibility(),
                message, output, duration, test.file(), line(test));
    }

    private static Integer line(GradedTest test) {
        return test.line() > 0 ? test.line() : null;
    }

    private static String joinOutput(List<Outcome> finished) {
        String joined = finished.stream().map(Outcome::output).filter(o -> o != null && !o.isEmpty())
                .collect(Collectors.joining("\n"));
        return joined.isEmpty() ? null : joined;
    }
}
