package course.tool.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.tool.ToolFailure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("A roster")
class RosterTest {

    @TempDir
    private Path dir;

    @Test
    @DisplayName("reads student, repository and an optional ref, past a byte order mark, blank lines and comments")
    void reads() throws Exception {
        Path file = write("\uFEFFstudent,repository,ref\n\nalice, course-org/echo-alice ,\n# late: extension\n"
                + "bob,course-org/echo-bob,deadline-01\r\ncarol,Carol-K/socket.course_2,0123abcd");

        Roster roster = Roster.read(file);

        assertThat(roster.entries()).containsExactly(
                new RosterEntry("alice", "course-org/echo-alice", "", 3),
                new RosterEntry("bob", "course-org/echo-bob", "deadline-01", 5),
                new RosterEntry("carol", "Carol-K/socket.course_2", "0123abcd", 6));
    }

    @Test
    @DisplayName("reads the README's example, docs/roster.example.csv")
    void example() throws Exception {
        Roster roster = Roster.read(Path.of("../docs/roster.example.csv"));

        assertThat(roster.entries()).extracting(RosterEntry::student).containsExactly("alice", "bob", "carol");
        assertThat(roster.entries().get(1).ref()).isEqualTo("deadline-01");
    }

    @Test
    @DisplayName("may leave out the ref column")
    void withoutRef() throws Exception {
        Roster roster = Roster.read(write("repository,student\norg/a,alice\n"));

        assertThat(roster.entries()).containsExactly(new RosterEntry("alice", "org/a", "", 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            no repository column | student,repo\\nalice,org/a | line 1: unknown column 'repo'
            only a student column | student\\nalice | line 1: no column 'repository'
            a student twice | student,repository\\nalice,o/a\\n\\nAlice,o/b | line 4: student Alice again (first on line
            a URL | student,repository\\nbob,https://github.com/o/b | line 2: repository 'https://github.com/o/b'
            a name without an owner | student,repository\\nbob,echo-bob | line 2: repository 'echo-bob' of bob
            a path in the name | student,repository\\nbob,o/.. | line 2: repository 'o/..'
            a space in a student | student,repository\\nbob smith,o/b | line 2: student 'bob smith' cannot name a folder
            a student that is a path | student,repository\\n../bob,o/b | line 2: student '../bob'
            a ref like an option | student,repository,ref\\nbob,o/b,--upload-pack=x | line 2: ref '--upload-pack=x'
            a ref with two dots | student,repository,ref\\nbob,o/b,main..x | line 2: ref 'main..x'
            a comma too many | student,repository\\nbob,o/b,main | line 2: 3 values for 2 columns
            an empty repository | student,repository\\nbob, | line 2: a row needs a student and a repository
            no row at all | student,repository,ref\\n | has no students
            nothing at all | "" | is empty: its first line must be the header
            """)
    @DisplayName("is refused with the line and the fix")
    void refused(String what, String content, String message) throws Exception {
        Path file = write(content.replace("\\n", "\n"));

        assertThatThrownBy(() -> Roster.read(file)).as(what).isInstanceOf(ToolFailure.class)
                .hasMessageContaining(file.toString()).hasMessageContaining(message);
    }

    @Test
    @DisplayName("is refused when the file does not exist, with the header it needs")
    void absent() {
        assertThatThrownBy(() -> Roster.read(dir.resolve("roster.csv"))).isInstanceOf(ToolFailure.class)
                .hasMessageContaining("no roster at").hasMessageContaining("student,repository[,ref]");
    }

    @Test
    @DisplayName("is refused when a quote is never closed")
    void unclosedQuote() throws Exception {
        Path file = write("student,repository\n\"alice,org/a\n");

        assertThatThrownBy(() -> Roster.read(file)).isInstanceOf(ToolFailure.class)
                .hasMessageContaining("is not a readable CSV file");
    }

    private Path write(String content) throws Exception {
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
