package course.blocking;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Captures, line by line, what a program's main method prints, so a test can run it in-process. */
final class ConsoleCapture implements AutoCloseable {

    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;
    private final BlockingQueue<String> outLines = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> errLines = new LinkedBlockingQueue<>();

    private ConsoleCapture() {
        System.setOut(new PrintStream(new LineSplitter(outLines), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new LineSplitter(errLines), true, StandardCharsets.UTF_8));
    }

    /** Replaces System.out and System.err until {@link #close()}. */
    static ConsoleCapture start() {
        return new ConsoleCapture();
    }

    /** Waits for the next line printed on System.out. */
    String nextOutLine(Duration limit) throws InterruptedException {
        return next(outLines, "System.out", limit);
    }

    /** Waits for the next line printed on System.err. */
    String nextErrLine(Duration limit) throws InterruptedException {
        return next(errLines, "System.err", limit);
    }

    private static String next(BlockingQueue<String> lines, String stream, Duration limit)
            throws InterruptedException {
        String line = lines.poll(limit.toNanos(), TimeUnit.NANOSECONDS);
        if (line == null) {
            throw new AssertionError("main printed no line on " + stream + " within " + limit.toMillis() + " ms");
        }
        return line;
    }

    @Override
    public void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    /** Joins bytes into lines: a program may print one line in several writes. */
    private static final class LineSplitter extends OutputStream {

        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private final BlockingQueue<String> lines;

        LineSplitter(BlockingQueue<String> lines) {
            this.lines = lines;
        }

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(current.toString(StandardCharsets.UTF_8).stripTrailing());
                current.reset();
            } else {
                current.write(b);
            }
        }
    }
}
