package course.tool.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import course.tool.ToolRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("gradebook merge")
class GradebookMergeCommandTest {

    private static final String HEADER = "student,01-blocking,total,max,status,note\n";

    @TempDir
    private Path dir;

    @Test
    @DisplayName("joins the shards' rows under one header, ordered by student, and reports rows per input")
    void merges() throws Exception {
        Path first = write("shard-0/gradebook.csv", HEADER + "carol,72,72,72,ok,\nalice,36,36,72,ok,\n");
        Path second = write("shard-1/gradebook.csv", HEADER
                + "Bob,0,0,72,compile-error,\"01-blocking: Frames.java:3: error: ';' expected, 1 error\"\n");
        Path out = dir.resolve("results/gradebook.csv");

        ToolRun run = ToolRun.of("gradebook", "merge", first.toString(), second.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly(HEADER.strip(), "alice,36,36,72,ok,",
                "Bob,0,0,72,compile-error,\"01-blocking: Frames.java:3: error: ';' expected, 1 error\"",
                "carol,72,72,72,ok,");
        assertThat(run.out()).contains(first + ": 2 row(s)", second + ": 1 row(s)", "Merged 3 row(s) into " + out);
    }

    @Test
    @DisplayName("adds a missing row, 0 points of the full max, for each student of the roster no shard graded")
    void rosterMissing() throws Exception {
        Path book = write("shard-0/gradebook.csv", HEADER + "alice,36,36,72,ok,\n");
        Path roster = write("roster.csv", "student,repository\nalice,org/a\ndave,org/d\nbob,org/b\n");
        Path out = dir.resolve("gradebook.csv");
        Path summary = write("summary.md", "# Earlier step\n");

        ToolRun run = ToolRun.of("gradebook", "merge", book.toString(), "--roster", roster.toString(), "--out",
                out.toString(), "--summary", summary.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readAllLines(out)).containsExactly(HEADER.strip(), "alice,36,36,72,ok,",
                "bob,0,0,72,missing,\"" + GradebookMerge.MISSING_NOTE + "\"",
                "dave,0,0,72,missing,\"" + GradebookMerge.MISSING_NOTE + "\"");
        assertThat(run.out()).contains("missing (on the roster, in no gradebook): dave, bob");
        assertThat(summary).content().startsWith("# Earlier step\n## Gradebook: 3 students")
                .contains("Mean total: 12.0 of 72 points.", "| missing | 2 |", "| ok | 1 |", "| " + book + " | 1 |",
                        "Missing (no shard graded them): dave, bob");
    }

    @Test
    @DisplayName("keeps, and names, a graded student who is not on the roster")
    void notOnRoster() throws Exception {
        Path book = write("gradebook.csv", HEADER + "alice,36,36,72,ok,\nzoe,1,1,72,ok,\n");
        Path roster = write("roster.csv", "student,repository\nalice,org/a\n");

        ToolRun run = ToolRun.of("gradebook", "merge", book.toString(), "--roster", roster.toString(), "--out",
                dir.resolve("merged.csv").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("not on the roster (kept): zoe", "Merged 2 row(s)");
    }

    @Test
    @DisplayName("refuses gradebooks of different chapters, naming both headers")
    void headerMismatch() throws Exception {
        Path first = write("shard-0/gradebook.csv", HEADER + "alice,36,36,72,ok,\n");
        Path second = write("shard-1/gradebook.csv",
                "student,01-blocking,02-nonblocking,total,max,status,note\nbob,1,0,1,80,ok,\n");
        Path out = dir.resolve("gradebook.csv");

        ToolRun run = ToolRun.of("gradebook", "merge", first.toString(), second.toString(), "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(second + " has the columns student,01-blocking,02-nonblocking,total,",
                "but " + first + " has student,01-blocking,total,max,status,note", "same --chapter options");
        assertThat(out).doesNotExist();
    }

    @Test
    @DisplayName("refuses a student graded in two shards, naming both lines")
    void duplicate() throws Exception {
        Path first = write("shard-0/gradebook.csv", HEADER + "alice,36,36,72,ok,\n");
        Path second = write("shard-1/gradebook.csv", HEADER + "bob,0,0,72,timeout,\nalice,72,72,72,ok,\n");

        ToolRun run = ToolRun.of("gradebook", "merge", first.toString(), second.toString(), "--out",
                dir.resolve("gradebook.csv").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("student alice is graded twice, in " + first + " line 2 and in " + second
                + " line 3");
    }

    @Test
    @DisplayName("refuses a file that is not a gradebook, and a row that does not fit its header")
    void notAGradebook() throws Exception {
        Path roster = write("roster.csv", "student,repository\nalice,org/a\n");
        Path cut = write("cut.csv", HEADER + "alice,36,36\n");

        ToolRun wrongFile = ToolRun.of("gradebook", "merge", roster.toString(), "--out",
                dir.resolve("o.csv").toString());
        ToolRun wrongRow = ToolRun.of("gradebook", "merge", cut.toString(), "--out", dir.resolve("o.csv").toString());
        ToolRun none = ToolRun.of("gradebook", "merge", "--out", dir.resolve("o.csv").toString());

        assertThat(wrongFile.exitCode()).isEqualTo(1);
        assertThat(wrongFile.err()).contains("is not a gradebook written by grade: its header is 'student,repository'");
        assertThat(wrongRow.exitCode()).isEqualTo(1);
        assertThat(wrongRow.err()).contains(cut + " line 2: 3 values for 6 columns");
        assertThat(none.exitCode()).as("no gradebook named").isEqualTo(2);
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
