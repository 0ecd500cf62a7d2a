package course.testsupport.run;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs code under test on its own daemon thread and reports how it ended, so a test can wait for it with a bound.
 */
public final class BackgroundTask implements AutoCloseable {

    private static final Duration JOIN_LIMIT = Duration.ofSeconds(2);

    private final String name;
    private final ThrowingRunnable body;
    private final Thread thread;
    private final CountDownLatch done = new CountDownLatch(1);
    private final List<Closeable> closeOnFailure = new CopyOnWriteArrayList<>();
    private volatile Throwable failure;

    private BackgroundTask(String name, ThrowingRunnable body) {
        this.name = name;
        this.body = body;
        this.thread = new Thread(this::runBody, name);
        this.thread.setDaemon(true);
    }

    /** Starts the body on a new daemon thread with the given name. */
    public static BackgroundTask start(String name, ThrowingRunnable body) {
        BackgroundTask task = new BackgroundTask(name, body);
        task.thread.start();
        return task;
    }

    private void runBody() {
        try {
            body.run();
        } catch (Throwable t) {
            failure = t;
            closeRegistered();
        } finally {
            done.countDown();
        }
    }

    /** Tells whether the body has returned or thrown. */
    public boolean isDone() {
        return done.getCount() == 0;
    }

    /** The exception the body threw, once it has thrown one. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /**
     * Waits until the body ends; rethrows its failure, or throws an AssertionError with the task's stack
     * when it is still running after the limit.
     */
    public void awaitDone(Duration limit) throws Exception {
        if (!done.await(limit.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new AssertionError(name + " was still running after " + limit.toMillis() + " ms; it was at:"
                    + StackText.of(thread.getStackTrace()));
        }
        Throwable thrown = failure;
        if (thrown instanceof Exception e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        if (thrown != null) {
            throw new IllegalStateException(describeFailure(), thrown);
        }
    }

    /** Closes c as soon as the body ends with an exception, waking whoever is blocked on c; returns this. */
    public BackgroundTask closeOnFailure(Closeable c) {
        closeOnFailure.add(c);
        // The body may have failed before c was registered.
        if (failure != null) {
            closeRegistered();
        }
        return this;
    }

    private void closeRegistered() {
        for (Closeable c : closeOnFailure) {
            // Whoever removes c closes it, so a closeable registered while the body fails is closed once.
            if (closeOnFailure.remove(c)) {
                closeQuietly(c);
            }
        }
    }

    /** The thread that runs the body. */
    public Thread thread() {
        return thread;
    }

    /** Describes the body's failure in one sentence for a failure message, or returns "" when there is none. */
    public String describeFailure() {
        Throwable thrown = failure;
        if (thrown == null) {
            return "";
        }
        String message = thrown.getMessage() == null ? "" : ": " + thrown.getMessage();
        return "the " + name + " thread ended with " + thrown.getClass().getSimpleName() + message;
    }

    /** Interrupts the thread and waits up to 2 s for it to end; never throws. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(JOIN_LIMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Closeable c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // Closing is only a wake-up call here; the body's own failure is what the test reports.
        }
    }
}
