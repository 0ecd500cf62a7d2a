package course.testsupport.run;

import java.io.Closeable;
import java.time.Duration;
import java.util.Optional;

/**
 * Runs code under test on its own daemon thread and reports how it ended, so a test can wait for it with a bound.
 */
public final class BackgroundTask implements AutoCloseable {

    private BackgroundTask() {
    }

    /** Starts the body on a new daemon thread with the given name. */
    public static BackgroundTask start(String name, ThrowingRunnable body) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Tells whether the body has returned or thrown. */
    public boolean isDone() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The exception the body threw, once it has thrown one. */
    public Optional<Throwable> failure() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Waits until the body ends; rethrows its failure, or throws an AssertionError with the task's stack
     * when it is still running after the limit.
     */
    public void awaitDone(Duration limit) throws Exception {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes c as soon as the body ends with an exception, waking whoever is blocked on c; returns this. */
    public BackgroundTask closeOnFailure(Closeable c) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The thread that runs the body. */
    public Thread thread() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Describes the body's failure in one sentence for a failure message, or returns "" when there is none. */
    public String describeFailure() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Interrupts the thread and waits up to 2 s for it to end; never throws. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
