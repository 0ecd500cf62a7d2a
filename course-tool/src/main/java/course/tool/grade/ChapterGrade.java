package course.tool.grade;

import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.StoppedRun;
import course.testsupport.grading.gate.TestResult;
import java.util.List;

/**
 * One chapter of one submission.
 *
 * @param chapter the chapter module, e.g. "01-blocking"
 * @param score points earned
 * @param maxScore points possible, known also when nothing ran
 * @param status "pass", "fail", "error" from results.json; "stopped: timeout" or "stopped: system-exit" when
 *        the results were assembled from the outcomes of a stopped run; or why there are none ("missing
 *        src/main/java", "no results: build failed (exit 1)")
 * @param results the chapter's results, or null when there are none
 * @param stoppedBecause what stopped the run, when the results come from a stopped run; else null
 */
public record ChapterGrade(String chapter, int score, int maxScore, String status, ChapterResults results,
        String stoppedBecause) {

    /** A chapter scored from its results.json. */
    static ChapterGrade of(ChapterResults results) {
        return new ChapterGrade(results.chapter(), results.score(), results.maxScore(), results.status().json(),
                results, null);
    }

    /** A chapter scored from what finished before its run was stopped; {@code why} names the cause. */
    static ChapterGrade stopped(ChapterResults results, String label, String why) {
        return new ChapterGrade(results.chapter(), results.score(), results.maxScore(), "stopped: " + label,
                results, why);
    }

    /** A chapter without results: 0 of its maximum. */
    static ChapterGrade none(String chapter, int maxScore, String why) {
        return new ChapterGrade(chapter, 0, maxScore, why, null, null);
    }

    /** The tests that were running when the run was stopped; none when it was not stopped. */
    List<TestResult> runningWhenStopped() {
        if (stoppedBecause == null || results == null) {
            return List.of();
        }
        String running = StoppedRun.runningMessage(stoppedBecause);
        return results.tests().stream().filter(t -> running.equals(t.message())).toList();
    }

    /** How many tests never started because the run was stopped. */
    long neverStarted() {
        if (stoppedBecause == null || results == null) {
            return 0;
        }
        String notStarted = StoppedRun.notStartedMessage(stoppedBecause);
        return results.tests().stream().filter(t -> notStarted.equals(t.message())).count();
    }
}
