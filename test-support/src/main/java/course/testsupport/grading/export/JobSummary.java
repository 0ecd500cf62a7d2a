package course.testsupport.grading.export;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.TestResult;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The grading run as GitHub-flavoured Markdown for a job summary ($GITHUB_STEP_SUMMARY): the
 * total, one row per chapter, then per chapter one row per graded test, in exercise order, with
 * the first lines of what went wrong. A chapter whose tests could not run shows 0 of its full
 * max and why, in the compiler's words.
 */
final class JobSummary {

    private JobSummary() {
    }

    /**
     * Renders the chapters in order.
     *
     * @param chapters the chapters' results
     * @param titles exercise titles per chapter name, from each chapter's README (may lack a chapter)
     */
    static String of(List<ChapterResults> chapters, Map<String, Map<Integer, String>> titles) {
        int score = chapters.stream().mapToInt(Points::earned).sum();
        int max = chapters.stream().mapToInt(ChapterResults::maxScore).sum();
        StringBuilder md = new StringBuilder("## Score: " + score + " / " + max + "\n\n");
        md.append("| Chapter | Points | Status |\n|:--|--:|:--|\n");
        for (ChapterResults chapter : chapters) {
            md.append("| ").append(MarkdownText.cell(chapter.chapter())).append(" | ")
                    .append(Points.earned(chapter)).append(" / ").append(chapter.maxScore()).append(" | ")
                    .append(chapterStatus(chapter)).append(" |\n");
        }
        for (ChapterResults chapter : chapters) {
            if (!chapter.tests().isEmpty() || !Points.ran(chapter)) {
                md.append('\n').append(chapterSection(chapter, titles.getOrDefault(chapter.chapter(), Map.of())));
            }
        }
        return md.toString();
    }

    private static String chapterStatus(ChapterResults chapter) {
        if (!Points.ran(chapter)) {
            return "⛔ the tests could not run";
        }
        if (chapter.tests().isEmpty()) {
            return "no graded exercises yet";
        }
        long notPassed = chapter.tests().stream().filter(test -> test.status() != Status.PASS).count();
        return notPassed == 0 ? "✅ full marks" : "❌ " + notPassed + " of " + chapter.tests().size()
                + " tests did not pass";
    }

    private static String chapterSection(ChapterResults chapter, Map<Integer, String> titles) {
        StringBuilder md = new StringBuilder("### " + MarkdownText.cell(chapter.chapter()) + ": "
                + Points.earned(chapter) + " / " + chapter.maxScore() + "\n\n");
        if (!Points.ran(chapter)) {
            md.append("The tests could not run, so every test counts 0:\n\n")
                    .append(MarkdownText.codeBlock(Points.notRunMessage(chapter)));
            if (chapter.tests().isEmpty()) {
                return md.toString();
            }
            md.append('\n');
        }
        md.append("| Exercise | Test | Points | Result | What went wrong |\n|:--|:--|--:|:--|:--|\n");
        List<TestResult> inExerciseOrder = chapter.tests().stream()
                .sorted(Comparator.comparingInt(TestResult::exercise)).toList();
        for (TestResult test : inExerciseOrder) {
            String title = titles.get(test.exercise());
            String exercise = test.exercise() + (title == null ? "" : " " + title);
            String name = test.name() + ("hidden".equals(test.visibility()) ? " (hidden test)" : "");
            md.append("| ").append(MarkdownText.cell(exercise))
                    .append(" | ").append(MarkdownText.cell(name))
                    .append(" | ").append(Points.earned(chapter, test)).append(" / ").append(test.maxScore())
                    .append(" | ").append(result(chapter, test))
                    .append(" | ").append(whatWentWrong(chapter, test)).append(" |\n");
        }
        return md.toString();
    }

    private static String result(ChapterResults chapter, TestResult test) {
        if (!Points.ran(chapter)) {
            return "⛔ not run";
        }
        return switch (test.status()) {
            case PASS -> "✅ pass";
            case FAIL -> "❌ fail";
            case ERROR -> "💥 error";
            case TIMEOUT -> "⏱️ timeout";
        };
    }

    private static String whatWentWrong(ChapterResults chapter, TestResult test) {
        if (!Points.ran(chapter)) {
            return "see above";
        }
        return test.status() == Status.PASS ? "" : MarkdownText.cell(MarkdownText.shortened(test.message()));
    }
}
