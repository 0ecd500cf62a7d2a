package course.tool.grade;

import java.time.Duration;

/**
 * How one run of a submission's build ended.
 *
 * @param exitCode the process's exit code (-1 when it was killed at its time bound)
 * @param timedOut whether the time bound ended it
 * @param truncated whether its output went past the log's cap and the rest was discarded
 * @param elapsed how long it ran
 */
public record RunOutcome(int exitCode, boolean timedOut, boolean truncated, Duration elapsed) {
}
