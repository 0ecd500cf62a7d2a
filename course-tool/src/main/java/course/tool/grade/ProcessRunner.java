package course.tool.grade;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Runs a command as its own process, logging at most {@code cap} bytes, and kills its whole tree on time-out. */
public final class ProcessRunner implements CommandRunner {

    /** The default log cap: 1 MB per submission. */
    public static final long DEFAULT_CAP = 1L << 20;

    private final long cap;

    /**
     * A runner with a log cap.
     *
     * @param cap the most bytes of output kept in the log
     */
    public ProcessRunner(long cap) {
        this.cap = cap;
    }

    @Override
    public RunOutcome run(List<String> command, Path dir, Map<String, String> environment, Path log,
            Duration timeout) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        AtomicBoolean truncated = new AtomicBoolean();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (InputStream in = process.getInputStream(); OutputStream out = Files.newOutputStream(log)) {
                truncated.set(CappedCopy.copy(in, out, cap));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!finished) {
            destroyTree(process);
        }
        // Killed descendants close the pipe; a grandchild that escaped the tree must not hold the batch.
        reader.join(Duration.ofSeconds(10));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        return new RunOutcome(finished ? process.exitValue() : -1, !finished, truncated.get(), elapsed);
    }

    /** Destroys the descendants first (they would be orphaned and lost once the parent is gone), then the parent. */
    static void destroyTree(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
