package course.tool.grade;

import course.testsupport.grading.gate.ChapterResults;

/**
 * One chapter of one submission.
 *
 * @param chapter the chapter module, e.g. "01-blocking"
 * @param score points earned
 * @param maxScore points possible, known also when nothing ran
 * @param status "pass", "fail", "error" from results.json, or why there are none ("missing src/main/java",
 *        "no results: timeout", "no results: build failed")
 * @param results the chapter's results.json, or null when there is none
 */
public record ChapterGrade(String chapter, int score, int maxScore, String status, ChapterResults results) {

    /** A chapter scored from its results.json. */
    static ChapterGrade of(ChapterResults results) {
        return new ChapterGrade(results.chapter(), results.score(), results.maxScore(), results.status().json(),
                results);
    }

    /** A chapter without results: 0 of its maximum. */
    static ChapterGrade none(String chapter, int maxScore, String why) {
        return new ChapterGrade(chapter, 0, maxScore, why, null);
    }
}
