package course.blocking;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * A program's main method running on a virtual thread. Interrupting a virtual thread that is blocked in a socket
 * operation closes that socket, which is how close() stops a main that would otherwise serve until killed.
 */
final class RunningMain implements AutoCloseable {

    /** A main method. */
    @FunctionalInterface
    interface Main {
        void run(String[] args) throws Exception;
    }

    private final Thread thread;
    private final CompletableFuture<Void> outcome;

    private RunningMain(Thread thread, CompletableFuture<Void> outcome) {
        this.thread = thread;
        this.outcome = outcome;
    }

    static RunningMain start(String name, Main main, String... args) {
        CompletableFuture<Void> outcome = new CompletableFuture<>();
        Thread thread = Thread.ofVirtual().name(name).start(() -> {
            try {
                main.run(args);
                outcome.complete(null);
            } catch (Throwable t) {
                outcome.completeExceptionally(t);
            }
        });
        return new RunningMain(thread, outcome);
    }

    Thread thread() {
        return thread;
    }

    /** Says how main ended, or that it is still running, for a failure message. */
    String describe() {
        if (!outcome.isDone()) {
            return "main is still running";
        }
        return outcome.isCompletedExceptionally()
                ? "main ended with " + outcome.exceptionNow() : "main returned";
    }

    /** Interrupts main and waits up to the limit for it to end; tells whether it ended. */
    boolean stop(Duration limit) throws InterruptedException {
        thread.interrupt();
        return thread.join(limit);
    }

    @Override
    public void close() {
        try {
            stop(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
