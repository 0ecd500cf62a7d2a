package course.tool.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import course.tool.ToolRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("roster shard and roster matrix")
class RosterCommandTest {

    @TempDir
    private Path dir;

    private Path roster;

    @BeforeEach
    void writeRoster() throws Exception {
        roster = dir.resolve("roster.csv");
        Files.writeString(roster, "student,repository,ref\ncarol,org/c,\nalice,org/a,deadline-01\nbob,org/b,\n"
                + "dave,org/d,main\nerin,org/e,\n", StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("prints the matrix of N shards as one line of JSON")
    void matrix() {
        ToolRun run = ToolRun.of("roster", "matrix", roster.toString(), "--shards", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("{\"shard\":[0,1,2]}" + System.lineSeparator());
    }

    @Test
    @DisplayName("caps the matrix at one shard per student")
    void matrixCapped() {
        ToolRun run = ToolRun.of("roster", "matrix", roster.toString(), "--shards", "20");

        assertThat(run.out().strip()).isEqualTo("{\"shard\":[0,1,2,3,4]}");
    }

    @Test
    @DisplayName("prints a shard's rows ordered by student, tab-separated, with an empty ref left empty")
    void shard() {
        ToolRun first = ToolRun.of("roster", "shard", roster.toString(), "--shards", "2", "--index", "0");
        ToolRun second = ToolRun.of("roster", "shard", roster.toString(), "--shards", "2", "--index", "1");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out().lines()).containsExactly("alice\torg/a\tdeadline-01", "carol\torg/c\t",
                "erin\torg/e\t");
        assertThat(second.out().lines()).containsExactly("bob\torg/b\t", "dave\torg/d\tmain");
    }

    @Test
    @DisplayName("exits 2 for an index outside the shards, or no shard at all")
    void badNumbers() {
        ToolRun index = ToolRun.of("roster", "shard", roster.toString(), "--shards", "2", "--index", "2");
        ToolRun none = ToolRun.of("roster", "matrix", roster.toString(), "--shards", "0");

        assertThat(index.exitCode()).isEqualTo(2);
        assertThat(index.err()).contains("--index must be from 0 to 1 for 2 shard(s), not 2");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--shards must be 1 or more, not 0");
    }

    @Test
    @DisplayName("exits 1 naming the line of a malformed roster, before any job would start")
    void malformed() throws Exception {
        Files.writeString(roster, "student,repository\nalice,org/a\nbob,bob.git\n", StandardCharsets.UTF_8);

        ToolRun run = ToolRun.of("roster", "matrix", roster.toString(), "--shards", "2");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("course-tool: " + roster + " line 3: repository 'bob.git' of bob");
    }

    @Test
    @DisplayName("exits 2 when roster or gradebook is given no command")
    void noCommand() {
        assertThat(ToolRun.of("roster").exitCode()).isEqualTo(2);
        assertThat(ToolRun.of("roster").err()).contains("shard or matrix");
        assertThat(ToolRun.of("gradebook").exitCode()).isEqualTo(2);
        assertThat(ToolRun.of("gradebook").err()).contains("merge");
    }
}
