package course.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The command line")
class CommandLineTest {

    @ParameterizedTest(name = "{0} --help")
    @ValueSource(strings = {"", "release", "release student", "release solutions", "scan", "grade", "roster",
            "roster shard", "roster matrix", "gradebook", "gradebook merge"})
    @DisplayName("prints usage and exits 0 for --help on every command")
    void helpEverywhere(String command) {
        String[] args = (command + " --help").trim().split(" ");

        ToolRun run = ToolRun.of(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: course-tool").contains("--help");
    }

    @Test
    @DisplayName("exits 2 with a clear message when --out is missing")
    void missingOut() {
        ToolRun run = ToolRun.of("release", "student");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option: '--out=DIR'", "Usage: course-tool release student");
    }

    @Test
    @DisplayName("exits 2 when no command or an unknown one is given")
    void noCommand() {
        assertThat(ToolRun.of().exitCode()).isEqualTo(2);
        assertThat(ToolRun.of("release").err()).contains("student, solutions or bundle");
        assertThat(ToolRun.of("publish").exitCode()).isEqualTo(2);
    }

    @Test
    @DisplayName("exits 2 for a --today that is not a date")
    void badDate() {
        ToolRun run = ToolRun.of("release", "solutions", "--chapter", "01-blocking", "--into", "x", "--today",
                "tomorrow");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--today");
    }
}
