package course.tool.grade;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The process runner")
class ProcessRunnerTest {

    @TempDir
    private Path dir;

    @Test
    @DisplayName("keeps at most the cap of a flood of output, discards the rest and says so")
    void capsTheLog() throws Exception {
        Path log = dir.resolve("logs/flood.log");

        RunOutcome run = new ProcessRunner(1000).run(List.of("bash", "-c", "head -c 3000000 /dev/zero; echo done"),
                dir, Map.of(), log, Duration.ofSeconds(20));

        assertThat(run.exitCode()).isZero();
        assertThat(run.truncated()).isTrue();
        assertThat(Files.size(log)).isLessThan(1200);
        assertThat(Files.readString(log)).contains("output cut at 1000 bytes; 2999005 more bytes discarded");
    }

    @Test
    @DisplayName("keeps short output whole and reports the exit code")
    void shortOutput() throws Exception {
        Path log = dir.resolve("short.log");

        RunOutcome run = new ProcessRunner(1000).run(List.of("bash", "-c", "echo \"hello $GREETING\"; exit 3"),
                dir, Map.of("GREETING", "there"), log, Duration.ofSeconds(20));

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.truncated()).isFalse();
        assertThat(run.timedOut()).isFalse();
        assertThat(Files.readString(log)).isEqualTo("hello there\n");
    }

    @Test
    @DisplayName("kills a command that outlives its bound, with its children, within the bound")
    void killsTheTreeOnTimeout() throws Exception {
        Path log = dir.resolve("sleep.log");

        RunOutcome run = new ProcessRunner(1000).run(List.of("bash", "-c", "sleep 30 & echo $!; wait"), dir,
                Map.of(), log, Duration.ofSeconds(1));

        assertThat(run.timedOut()).isTrue();
        assertThat(run.exitCode()).isEqualTo(-1);
        assertThat(run.elapsed()).isLessThan(Duration.ofSeconds(10));
        // The first line is the child's pid; bash may report the killed child after it before dying itself.
        long child = Long.parseLong(Files.readAllLines(log).get(0).strip());
        assertThat(running(child)).as("the child sleep 30 still runs").isFalse();
    }

    /** Whether the process runs: a killed orphan may stay a zombie until some parent reaps it. */
    private static boolean running(long pid) throws Exception {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        String text = Files.readString(stat);
        return !text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
    }
}
