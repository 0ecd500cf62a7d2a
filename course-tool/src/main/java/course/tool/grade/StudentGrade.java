package course.tool.grade;

import java.util.List;

/**
 * One submission's grade: a row of the gradebook.
 *
 * @param student the submission folder's name
 * @param chapters each graded chapter, in the order graded
 * @param status ok, missing-files, compile-error, build-failed, timeout or error
 * @param note what went wrong, in words; empty when nothing did
 * @param seconds how long grading it took
 */
public record StudentGrade(String student, List<ChapterGrade> chapters, String status, String note, long seconds) {

    /** Points earned over all chapters. */
    public int total() {
        return chapters.stream().mapToInt(ChapterGrade::score).sum();
    }

    /** Points possible over all chapters. */
    public int max() {
        return chapters.stream().mapToInt(ChapterGrade::maxScore).sum();
    }
}
