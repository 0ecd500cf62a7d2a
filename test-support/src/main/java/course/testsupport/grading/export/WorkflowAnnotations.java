package course.testsupport.grading.export;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.TestResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One {@code ::error} workflow command per graded test that did not pass, at the test method's
 * line, so GitHub shows it on the run's page and in the file view. GitHub shows at most
 * {@value #SHOWN} error annotations per step, so the first {@value #SHOWN} in exercise order are
 * printed and a notice counts the rest, which the job summary lists. A chapter whose tests could
 * not run is one annotation, at the compiler's first error when results.json records it.
 */
final class WorkflowAnnotations {

    /** GitHub's limit of error annotations per step. */
    static final int SHOWN = 10;

    /** An annotation's message is cut here; the job summary and results.json keep the rest. */
    static final int MESSAGE_CHARS = 4_000;

    private WorkflowAnnotations() {
    }

    /** The lines to print, each ending with a line break; "" when every test passed. */
    static String of(List<ChapterResults> chapters) {
        List<String> errors = new ArrayList<>();
        for (ChapterResults chapter : chapters) {
            if (!Points.ran(chapter)) {
                errors.add(notRun(chapter));
                continue;
            }
            chapter.tests().stream().filter(test -> test.status() != Status.PASS)
                    .sorted(Comparator.comparingInt(TestResult::exercise))
                    .forEach(test -> errors.add(failed(chapter, test)));
        }
        StringBuilder lines = new StringBuilder();
        errors.stream().limit(SHOWN).forEach(line -> lines.append(line).append('\n'));
        int more = errors.size() - SHOWN;
        if (more > 0) {
            lines.append(WorkflowCommands.notice(more + " more " + (more == 1 ? "test" : "tests")
                    + " did not pass than GitHub shows here; the job summary lists them all.")).append('\n');
        }
        return lines.toString();
    }

    private static String failed(ChapterResults chapter, TestResult test) {
        String title = chapter.chapter() + ", exercise " + test.exercise() + ": " + test.name() + " ("
                + test.status().json() + ", 0 of " + test.maxScore() + " points)";
        return WorkflowCommands.error(Points.testFile(chapter, test), Points.testLine(test), title,
                capped(Points.message(chapter, test)));
    }

    private static String notRun(ChapterResults chapter) {
        String title = chapter.chapter() + ": the tests could not run (0 of " + chapter.maxScore() + " points)";
        String file = chapter.errorFile() == null ? null : chapter.chapter() + "/" + chapter.errorFile();
        int line = chapter.errorLine() == null ? 0 : chapter.errorLine();
        return WorkflowCommands.error(file, line, title, capped(Points.notRunMessage(chapter)));
    }

    private static String capped(String message) {
        String text = message.isBlank() ? "(no message)" : message.strip();
        return text.length() <= MESSAGE_CHARS ? text : text.substring(0, MESSAGE_CHARS) + " …";
    }
}
