package course.tool.grade;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.TestResult;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The gradebook and the feedback")
class GradebookTest {

    @TempDir
    private Path dir;

    static ChapterResults results() {
        TestResult passed = new TestResult("course.blocking.EchoClientTest#echoes", 1, "echoes a short message",
                Status.PASS, 7, 7, "public", null, null, 12);
        TestResult failed = new TestResult("course.blocking.FramesTest#reads", 4, "reads a frame split in two",
                Status.FAIL, 0, 8, "public", "expected 5 bytes, read 3", null, 30);
        TestResult hidden = new TestResult("course.blocking.SwapHiddenTest#swaps", 5, "swaps 10 MB both ways",
                Status.TIMEOUT, 0, 9, "hidden", "still running after 5 s at Swap.java:40", null, 5000);
        return new ChapterResults(ChapterResults.SCHEMA, "01-blocking", "student", Status.FAIL, 7, 24, null,
                List.of(passed, failed, hidden));
    }

    static List<StudentGrade> grades() {
        return List.of(
                new StudentGrade("alice", List.of(ChapterGrade.of(results()),
                        ChapterGrade.none("02-nonblocking", 10, "missing src/main/java")), "missing-files",
                        "02-nonblocking: missing src/main/java", 12),
                new StudentGrade("bob, jr.", List.of(ChapterGrade.none("01-blocking", 24, "no results: timeout"),
                        ChapterGrade.none("02-nonblocking", 10, "no results: timeout")), "timeout",
                        "stopped after 300 s", 300));
    }

    @Test
    @DisplayName("writes one row per student with points per chapter, total, max, status and note")
    void csv() throws Exception {
        Path file = dir.resolve("gradebook.csv");

        Gradebook.writeCsv(grades(), List.of("01-blocking", "02-nonblocking"), file);

        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file); CSVParser csv = CSVParser.parse(in, format)) {
            assertThat(csv.getHeaderNames()).containsExactly("student", "01-blocking", "02-nonblocking", "total",
                    "max", "status", "note");
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).toList()).containsExactly("alice", "7", "0", "7", "34", "missing-files",
                    "02-nonblocking: missing src/main/java");
            assertThat(rows.get(1).toList()).containsExactly("bob, jr.", "0", "0", "0", "34", "timeout",
                    "stopped after 300 s");
        }
    }

    @Test
    @DisplayName("lists every test that did not pass, hidden ones by name and message only")
    void feedback() {
        String text = Gradebook.feedback(grades().get(0));

        assertThat(text).contains("# Feedback for alice", "Total: 7 of 34 points (missing-files)",
                "## 01-blocking: 7 of 24 points (fail)",
                "- Exercise 4, public test \"reads a frame split in two\" (8 points): fail",
                "  expected 5 bytes, read 3",
                "- Exercise 5, hidden test \"swaps 10 MB both ways\" (9 points): timeout",
                "  still running after 5 s at Swap.java:40",
                "## 02-nonblocking: 0 of 10 points (missing src/main/java)");
        assertThat(text).doesNotContain("echoes a short message", "SwapHiddenTest", "FramesTest");
        assertThat(Gradebook.feedback(grades().get(1))).contains("## 01-blocking: 0 of 24 points (no results: timeout)",
                "No test results (timeout): every test of this chapter counts as failed.");
    }
}
