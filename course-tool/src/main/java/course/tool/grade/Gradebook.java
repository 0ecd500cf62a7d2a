package course.tool.grade;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.TestResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the batch's outputs: gradebook.csv, one row per submission, and feedback/STUDENT.md. */
public final class Gradebook {

    private Gradebook() {
    }

    /**
     * Writes the gradebook: student, one column of points per chapter, total, max, status, note.
     *
     * @param grades one per submission
     * @param chapters the chapter columns, in order
     * @param file the CSV file
     * @throws IOException when it cannot be written
     */
    public static void writeCsv(List<StudentGrade> grades, List<String> chapters, Path file) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("student");
        header.addAll(chapters);
        header.addAll(List.of("total", "max", "status", "note"));
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, format)) {
            for (StudentGrade grade : grades) {
                List<Object> row = new ArrayList<>();
                row.add(grade.student());
                for (String chapter : chapters) {
                    row.add(grade.chapters().stream().filter(c -> c.chapter().equals(chapter))
                            .mapToInt(ChapterGrade::score).sum());
                }
                row.addAll(List.of(grade.total(), grade.max(), grade.status(), grade.note()));
                csv.printRecord(row);
            }
        }
    }

    /**
     * The feedback for one student, in Markdown: per chapter its points, then every test that did not pass
     * with its exercise, visibility, status and message. Hidden tests appear by name and message only.
     *
     * @param grade the student's grade
     * @return the Markdown text
     */
    public static String feedback(StudentGrade grade) {
        StringBuilder text = new StringBuilder();
        text.append("# Feedback for ").append(grade.student()).append("\n\n");
        text.append("Total: ").append(grade.total()).append(" of ").append(grade.max()).append(" points (")
                .append(grade.status()).append(")");
        if (!grade.note().isEmpty()) {
            text.append(": ").append(grade.note());
        }
        text.append("\n");
        for (ChapterGrade chapter : grade.chapters()) {
            text.append("\n## ").append(chapter.chapter()).append(": ").append(chapter.score()).append(" of ")
                    .append(chapter.maxScore()).append(" points (").append(chapter.status()).append(")\n\n");
            if (chapter.results() == null) {
                text.append("No test results (").append(chapter.status().replaceFirst("^no results: ", ""))
                        .append("): every test of this chapter counts as failed.\n");
                continue;
            }
            if (chapter.stoppedBecause() != null) {
                text.append(chapter.stoppedBecause()).append(", so the points are those of the tests that finished "
                        + "before.");
                List<TestResult> running = chapter.runningWhenStopped();
                if (running.size() == 1) {
                    text.append(" Running at that moment: exercise ").append(running.get(0).exercise())
                            .append(", \"").append(running.get(0).name()).append("\".");
                } else if (running.size() > 1) {
                    text.append(" It happened in ").append(running.size())
                            .append(" tests (the others were run again without them), each listed below as a timeout.");
                }
                if (chapter.neverStarted() > 0) {
                    text.append(" ").append(chapter.neverStarted()).append(" test(s) never started.");
                }
                text.append("\n\n");
            }
            if (chapter.results().message() != null) {
                text.append("Why no test counts:\n\n```text\n").append(chapter.results().message().strip())
                        .append("\n```\n\n");
            }
            List<TestResult> failed = chapter.results().tests().stream().filter(t -> t.status() != Status.PASS)
                    .toList();
            if (failed.isEmpty()) {
                text.append("Every test passed.\n");
            }
            for (TestResult test : failed) {
                text.append("- Exercise ").append(test.exercise()).append(", ").append(test.visibility())
                        .append(" test \"").append(test.name()).append("\" (").append(test.maxScore())
                        .append(test.maxScore() == 1 ? " point): " : " points): ").append(test.status().json());
                // When nothing compiled, every test carries the compiler's message, already quoted above.
                if (test.message() != null && !test.message().equals(chapter.results().message())) {
                    text.append("\n\n  ").append(test.message().strip().replace("\n", "\n  "));
                }
                text.append("\n");
            }
        }
        return text.toString();
    }
}
