package course.tool.grade;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.ResultsJson;
import course.testsupport.grading.gate.StoppedRun;
import course.testsupport.grading.gate.TestResult;
import course.tool.CourseRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Grades one submission: assembles its workspace, runs the build there, and reads each chapter's results.
 *
 * @param course the instructor's course
 * @param chapterMax each graded chapter's maximum, in order
 * @param hidden whether the hidden tests run
 * @param timeout the time bound of one submission's build
 * @param builds what runs the builds, and how
 * @param out the batch's output folder
 * @param keepWork whether the submission's work folder stays after grading
 */
public record Grader(CourseRoot course, Map<String, Integer> chapterMax, boolean hidden, Duration timeout,
        MavenBuild builds, Path out, boolean keepWork) {

    /**
     * Grades one submission; never throws for a bad submission: what went wrong is in the grade.
     *
     * @param submission the student's checkout
     * @return the grade
     * @throws InterruptedException when the batch is interrupted
     */
    public StudentGrade grade(Path submission) throws InterruptedException {
        String student = submission.getFileName().toString();
        long start = System.nanoTime();
        Map<String, ChapterGrade> chapters = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        RowStatus status = RowStatus.OK;
        Path workspace = out.resolve("work").resolve(student);
        try {
            List<String> graded = List.copyOf(chapterMax.keySet());
            List<String> missing = Workspace.assemble(course, submission, workspace, graded, hidden);
            for (String chapter : missing) {
                chapters.put(chapter, ChapterGrade.none(chapter, chapterMax.get(chapter), "missing src/main/java"));
                notes.add(chapter + ": missing src/main/java");
                status = status.worst(RowStatus.MISSING_FILES);
            }
            List<String> built = graded.stream().filter(c -> !missing.contains(c)).toList();
            if (!built.isEmpty()) {
                status = status.worst(buildAndRead(student, workspace, built, chapters, notes));
            }
        } catch (IOException | RuntimeException e) {
            status = RowStatus.ERROR;
            notes.add(e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            if (!keepWork) {
                deleteQuietly(workspace, notes);
            }
        }
        List<ChapterGrade> ordered = new ArrayList<>();
        for (Map.Entry<String, Integer> chapter : chapterMax.entrySet()) {
            ordered.add(chapters.getOrDefault(chapter.getKey(),
                    ChapterGrade.none(chapter.getKey(), chapter.getValue(), "not graded: " + status.label())));
        }
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        return new StudentGrade(student, ordered, status.label(), String.join("; ", notes), seconds);
    }

    /** Runs the build of the chapters that have code, reads what each left, and returns the worst status. */
    private RowStatus buildAndRead(String student, Path workspace, List<String> built,
            Map<String, ChapterGrade> chapters, List<String> notes) throws IOException, InterruptedException {
        Path log = out.resolve("logs").resolve(student + ".log");
        Files.createDirectories(log.getParent());
        long begun = System.nanoTime();
        long deadline = begun + timeout.toNanos();
        RunOutcome run = builds.test(workspace, built, hidden, log, timeout);
        BuildLog text = BuildLog.read(log);
        EarlyExits exits = new EarlyExits(workspace);
        RunOutcome last = run;
        int reruns = 0;
        BuildLog lastText = text;
        for (int rerun = 1; rerun <= EarlyExits.MAX_RERUNS && !last.timedOut() && lastText.testJvmEndedEarly();
                rerun++) {
            List<String> stopped = built.stream().filter(c -> EarlyExits.stopped(workspace, c)).toList();
            Duration left = Duration.ofNanos(deadline - System.nanoTime());
            if (stopped.isEmpty() || left.toSeconds() < 1) {
                break;
            }
            Set<String> started = new TreeSet<>();
            for (String chapter : stopped) {
                exits.keep(workspace, chapter);
                started.addAll(exits.started(chapter));
            }
            Path rerunLog = log.resolveSibling(student + ".rerun-" + rerun + ".log");
            last = builds.retest(workspace, stopped, hidden, started, rerunLog, left);
            lastText = BuildLog.read(rerunLog);
            reruns = rerun;
        }
        if (reruns > 0) {
            notes.add("ran the tests " + (reruns + 1) + " times, each time without those already started");
        }
        run = new RunOutcome(last.exitCode(), last.timedOut(), run.truncated() || last.truncated(),
                Duration.ofNanos(System.nanoTime() - begun));
        RowStatus status = RowStatus.OK;
        for (String chapter : built) {
            ChapterGrade grade = exits.has(chapter) ? afterExits(workspace, chapter, exits)
                    : read(workspace.resolve(chapter), chapter, run, text);
            chapters.put(chapter, grade);
            status = status.worst(judge(grade, text, notes));
        }
        if (run.timedOut()) {
            status = RowStatus.TIMEOUT;
            notes.add("stopped after " + timeout.toSeconds() + " s");
        } else if (run.exitCode() != 0 && status == RowStatus.OK && !anyFailingTest(chapters)) {
            // Every chapter has results and nothing failed, yet the build did: say so rather than "ok".
            status = RowStatus.BUILD_FAILED;
            notes.add("the build ended with exit " + run.exitCode() + " (see logs/" + student + ".log)");
        }
        if (run.truncated()) {
            status = status.worst(RowStatus.OUTPUT_FLOOD);
            notes.add("output flood: log cut at " + ProcessRunner.DEFAULT_CAP / 1024 + " KB");
        }
        return status;
    }

    /** A chapter whose test JVM ended early at least once: scored from the outcomes of all its runs. */
    private ChapterGrade afterExits(Path workspace, String chapter, EarlyExits exits) throws IOException {
        ChapterResults results = StoppedRun.results(workspace.resolve(chapter), hidden,
                exits.joined(workspace, chapter), StoppedRun.EARLY_END);
        return ChapterGrade.stopped(results, "system-exit", StoppedRun.EARLY_END);
    }

    /** A chapter's results: its results.json, else the outcomes of its stopped run, else none. */
    private ChapterGrade read(Path chapterDir, String chapter, RunOutcome run, BuildLog log) throws IOException {
        Path file = chapterDir.resolve("target/grading/results.json");
        if (Files.isRegularFile(file)) {
            return ChapterGrade.of(ResultsJson.read(file));
        }
        Path outcomes = chapterDir.resolve("target/grading/student/outcomes.jsonl");
        if (Files.isRegularFile(outcomes)) {
            String label = run.timedOut() ? "timeout" : log.testJvmEndedEarly() ? "system-exit" : "build failed";
            String why = run.timedOut()
                    ? "The grader stopped the build at its time bound of " + timeout.toSeconds() + " s"
                    : log.testJvmEndedEarly() ? StoppedRun.EARLY_END
                    : "The build failed (exit " + run.exitCode() + ") before the results were written";
            return ChapterGrade.stopped(StoppedRun.results(chapterDir, hidden, outcomes, why), label, why);
        }
        String why = run.timedOut() ? "timeout" : "build failed (exit " + run.exitCode() + ")";
        return ChapterGrade.none(chapter, chapterMax.get(chapter), "no results: " + why);
    }

    /** The status one chapter's grade calls for, with its notes. */
    private static RowStatus judge(ChapterGrade grade, BuildLog log, List<String> notes) {
        String chapter = grade.chapter();
        RowStatus status = RowStatus.OK;
        Optional<String> compileError = log.firstCompileError(chapter);
        ChapterResults results = grade.results();
        if (compileError.isPresent() || results != null && results.status() == Status.ERROR) {
            status = RowStatus.COMPILE_ERROR;
            notes.add(chapter + ": does not compile: " + compileError.orElseGet(() -> firstError(results.message())));
        }
        if (results == null) {
            notes.add(chapter + ": no results.json (" + grade.status().replaceFirst("^no results: ", "") + ")");
            return status.worst(grade.status().contains("timeout") ? RowStatus.TIMEOUT : RowStatus.BUILD_FAILED);
        }
        if (grade.stoppedBecause() != null) {
            List<TestResult> running = grade.runningWhenStopped();
            String when = switch (running.size()) {
                case 0 -> "between two tests";
                case 1 -> "while \"" + running.get(0).name() + "\" was running";
                default -> "in " + running.size() + " tests, the first \"" + running.get(0).name() + "\"";
            };
            notes.add(chapter + ": " + grade.status() + " " + when + "; " + grade.neverStarted()
                    + " test(s) never started");
            status = status.worst(grade.status().endsWith("timeout") ? RowStatus.TIMEOUT
                    : grade.status().endsWith("system-exit") ? RowStatus.SYSTEM_EXIT : RowStatus.BUILD_FAILED);
        }
        long timeouts = results.tests().stream().filter(t -> t.status() == Status.TIMEOUT).count()
                - grade.runningWhenStopped().size();
        if (timeouts > 0) {
            notes.add(chapter + ": " + timeouts + " test(s) stopped at their time bound");
            status = status.worst(RowStatus.HUNG_TESTS);
        }
        return status;
    }

    private static boolean anyFailingTest(Map<String, ChapterGrade> chapters) {
        return chapters.values().stream().anyMatch(c -> c.score() < c.maxScore());
    }

    private static void deleteQuietly(Path workspace, List<String> notes) {
        try {
            Workspace.deleteTree(workspace);
        } catch (IOException e) {
            notes.add("could not delete " + workspace + ": " + e.getMessage());
        }
    }

    /** The compiler's first error line of a results message, or its first line. */
    private static String firstError(String message) {
        if (message == null || message.isBlank()) {
            return "the tests could not run";
        }
        List<String> lines = message.strip().lines().toList();
        String line = lines.stream().filter(l -> l.contains("error:")).findFirst().orElse(lines.get(0));
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }
}
