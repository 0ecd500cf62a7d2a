package course.testsupport.grading.gate;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("TextReport")
class TextReportTest {

    private static final ChapterResults RESULTS = new ChapterResults(ChapterResults.SCHEMA, "01-demo", "student",
            Status.FAIL, 2, 5, null, List.of(
                    new TestResult("d.T#a", 1, "echoes", Status.PASS, 2, 2, "public", null, null, 1),
                    new TestResult("d.T#b", 2, "frames", Status.FAIL, 0, 3, "public",
                            "expected 3 bytes\nbut read 1", null, 1)));

    @Test
    @DisplayName("shows points per exercise and each failure with its message")
    void chapterReport() {
        String text = TextReport.chapter(RESULTS, Map.of(1, "Echo client", 2, "Frames"), Path.of("r.json"));

        assertThat(text).contains("01-demo (student run): 2/5 points")
                .containsPattern("Exercise 1 +Echo client +2/2")
                .containsPattern("Exercise 2 +Frames +0/3 +\\(1 failing\\)")
                .contains("x Exercise 2, public test: frames [fail, 0/3]")
                .contains("expected 3 bytes").contains("but read 1");
    }

    @Test
    @DisplayName("lists every chapter on the scoreboard, also one that wrote no results, with a total")
    void scoreboard() {
        String text = TextReport.scoreboard("student", List.of(
                new TextReport.ChapterEntry("01-demo", RESULTS, Map.of(1, "Echo client", 2, "Frames")),
                new TextReport.ChapterEntry("02-next", null, Map.of())));

        assertThat(text).containsPattern("01-demo +1 Echo client +2/2")
                .containsPattern("01-demo +2 Frames +0/3 +expected 3 bytes")
                .contains("02-next").contains("not graded")
                .containsPattern("Total +2/5");
    }

    @Test
    @DisplayName("shortens a long message to a few lines, wrapping long ones at a space")
    void shortensMessages() {
        String shortened = TextReport.shorten("a\nb\nc\nd\ne\n" + "z".repeat(500));
        String wrapped = TextReport.shorten("word ".repeat(40).strip());

        assertThat(shortened.lines()).hasSize(TextReport.MESSAGE_LINES + 1);
        assertThat(shortened).endsWith("[... 5 more lines]");
        assertThat(wrapped.lines()).hasSize(2).allMatch(line -> line.length() <= TextReport.MESSAGE_WIDTH)
                .allMatch(line -> line.startsWith("word") && line.endsWith("word"));
    }

    @Test
    @DisplayName("keeps the line after an AssertJ description, which alone says nothing")
    void firstLineAfterDescription() {
        assertThat(TextReport.firstLine("[the reply]\nexpected: \"a\"\n but was: \"b\"")).isEqualTo(
                "[the reply] expected: \"a\"");
        assertThat(TextReport.firstLine("plain words\nmore")).isEqualTo("plain words");
    }
}
