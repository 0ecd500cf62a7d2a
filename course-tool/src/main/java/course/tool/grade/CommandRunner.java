package course.tool.grade;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Runs one build command for a submission; tests replace Maven with a small command of their own. */
@FunctionalInterface
public interface CommandRunner {

    /**
     * Runs {@code command} in {@code dir}, its output (stdout and stderr) into {@code log}, within {@code timeout}.
     *
     * @param command the program and its arguments
     * @param dir the working folder
     * @param environment variables added to the inherited environment
     * @param log the file the output goes to, capped
     * @param timeout the time bound; on expiry the whole process tree is destroyed
     * @return how the run ended
     * @throws IOException when the command cannot start or the log cannot be written
     * @throws InterruptedException when the grading thread is interrupted
     */
    RunOutcome run(List<String> command, Path dir, Map<String, String> environment, Path log, Duration timeout)
            throws IOException, InterruptedException;
}
