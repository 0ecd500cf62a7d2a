package course.tool;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One external process of the edition check, with a hard time bound: stdout and stderr go to a log
 * file (no pipe to drain, so nothing it starts can block it), and on time-out its whole tree is killed.
 *
 * @param command what ran
 * @param exitCode its exit code, -1 when the time bound ended it
 * @param timedOut whether the time bound ended it
 * @param output everything it printed
 */
record BoundedProcess(List<String> command, int exitCode, boolean timedOut, String output) {

    /** How many lines of output a failure message quotes. */
    private static final int TAIL_LINES = 60;

    /** Environment variables of the outer Maven that would steer the edition's own Maven elsewhere. */
    private static final List<String> INHERITED_MAVEN = List.of("MAVEN_ARGS", "MAVEN_BASEDIR",
            "MAVEN_PROJECTBASEDIR", "MAVEN_CONFIG", "MAVEN_USER_HOME", "MVNW_REPOURL");

    /**
     * Runs {@code command} in {@code dir} with the outer environment plus {@code environment}, the JDK of
     * this JVM as JAVA_HOME and first on the PATH.
     */
    static BoundedProcess run(List<String> command, Path dir, Map<String, String> environment, Path log,
            Duration bound) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        INHERITED_MAVEN.forEach(env::remove);
        String javaHome = System.getProperty("java.home");
        env.put("JAVA_HOME", javaHome);
        env.put("PATH", Path.of(javaHome, "bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
        // The edition's builds are short: a Maven JVM that starts fast beats one that optimises long.
        env.putIfAbsent("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
        env.putAll(environment);
        Process process = builder.start();
        boolean finished;
        try {
            finished = process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            // The test's own time bound stopped it: a build left running would outlive the test.
            destroyTree(process);
            throw e;
        }
        if (!finished) {
            destroyTree(process);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        return new BoundedProcess(List.copyOf(command), finished ? process.exitValue() : -1, !finished, output);
    }

    /** Kills the descendants first, as they would be orphaned once their parent is gone, then the process. */
    private static void destroyTree(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** What a failed assertion shows: the command, how it ended, and the last lines it printed. */
    String describe() {
        List<String> lines = output.lines().toList();
        List<String> tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
        String ending = timedOut ? "was killed at its time bound" : "exited with " + exitCode;
        return String.join(" ", command) + " " + ending + "; the last " + tail.size() + " lines it printed:\n"
                + String.join("\n", tail);
    }
}
