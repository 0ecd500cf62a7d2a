package course.testsupport.grading.export;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.Status;
import course.testsupport.grading.gate.ChapterResults;
import course.testsupport.grading.gate.TestResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The job summary")
class JobSummaryTest {

    private static final Map<String, Map<Integer, String>> TITLES = Map.of(
            "01-demo", Map.of(1, "Echo client", 2, "Slow peers"),
            "03-demo", Map.of(1, "Frames"));

    @Test
    @DisplayName("starts with the total and one row per chapter with its points and status")
    void totalAndChapters() {
        String md = JobSummary.of(List.of(ExportSamples.mixed(), ExportSamples.compileError(),
                ExportSamples.fullMarks()), TITLES);

        assertThat(md).startsWith("## Score: 8 / 25\n");
        assertThat(md).contains("| Chapter | Points | Status |")
                .contains("| 01-demo | 3 / 10 | ❌ 2 of 4 tests did not pass |")
                .contains("| 02-demo | 0 / 10 | ⛔ the tests could not run |")
                .contains("| 03-demo | 5 / 5 | ✅ full marks |");
    }

    @Test
    @DisplayName("lists every test of a chapter with full marks as passed, with nothing gone wrong")
    void fullMarks() {
        String md = JobSummary.of(List.of(ExportSamples.fullMarks()), TITLES);

        assertThat(md).contains("### 03-demo: 5 / 5")
                .contains("| 1 Frames | writes a length-prefixed frame | 3 / 3 | ✅ pass |  |")
                .contains("| 2 | reads a frame back | 2 / 2 | ✅ pass |  |");
    }

    @Test
    @DisplayName("shows a partial run's failure and timeout with the first lines of their messages")
    void partial() {
        String md = JobSummary.of(List.of(ExportSamples.mixed()), TITLES);

        assertThat(md).contains("| 1 Echo client | echoes a short message | 2 / 2 | ✅ pass |  |")
                .contains("| 1 Echo client | echoes a message split in three | 0 / 3 | ❌ fail | "
                        + "\\[the echo of a message split in three writes\\]<br>expected: \"a\\|b\\|c\"<br>"
                        + "but was: \\<\"a\"\\> … |")
                .contains("| 2 Slow peers | waits for a slow peer (hidden test) | 0 / 4 | ⏱️ timeout | "
                        + "stopped after its 2 s time bound |");
    }

    @Test
    @DisplayName("shows a chapter that did not compile as 0 of its max, with the compiler's message in a code block")
    void compileError() {
        String md = JobSummary.of(List.of(ExportSamples.compileError()), TITLES);

        assertThat(md).contains("### 02-demo: 0 / 10")
                .contains("```text\n" + ExportSamples.COMPILE_ERROR + "\n```\n")
                .contains("| 1 | accepts a client | 0 / 6 | ⛔ not run | see above |");
    }

    @Test
    @DisplayName("keeps every table row on one line: pipes escaped, line breaks as <br>, long messages cut")
    void escapesCells() {
        String message = "left | right\r\nsecond *line* with <b>tags</b> & $math$\n\n" + "x".repeat(400);
        ChapterResults chapter = new ChapterResults(ChapterResults.SCHEMA, "05-demo", "student", Status.FAIL, 0, 1,
                null, List.of(new TestResult("demo.T#t", 1, "splits | joins", Status.FAIL, 0, 1, "public", message,
                        null, 1)));

        String md = JobSummary.of(List.of(chapter), Map.of());

        String row = md.lines().filter(line -> line.startsWith("| 1 |")).findFirst().orElseThrow();
        assertThat(row).startsWith("| 1 | splits \\| joins | 0 / 1 | ❌ fail | left \\| right<br>second \\*line\\* with "
                + "\\<b\\>tags\\</b\\> \\& \\$math\\$<br>xxx").endsWith("x … |");
        assertThat(row.split("(?<!\\\\)\\|")).as("cells of %s", row).hasSize(6);
        assertThat(row.length()).isLessThan(MarkdownText.CELL_CHARS + 200);
    }

    @Test
    @DisplayName("fences a compiler message with more backticks than it contains")
    void fenceLongerThanContent() {
        assertThat(MarkdownText.codeBlock("a ``` b")).isEqualTo("````text\na ``` b\n````\n");
    }
}
