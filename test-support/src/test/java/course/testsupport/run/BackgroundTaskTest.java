package course.testsupport.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.testsupport.net.ConnectedPair;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BackgroundTask")
class BackgroundTaskTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    @Test
    @DisplayName("runs the body on a named daemon thread and reports it done")
    void runsOnNamedDaemonThread() throws Exception {
        try (BackgroundTask task = BackgroundTask.start("worker", () -> { })) {
            task.awaitDone(LIMIT);

            assertThat(task.thread().getName()).isEqualTo("worker");
            assertThat(task.thread().isDaemon()).as("daemon, so a stuck task cannot keep the JVM alive").isTrue();
            assertThat(task.isDone()).isTrue();
            assertThat(task.failure()).isEmpty();
            assertThat(task.describeFailure()).isEmpty();
        }
    }

    @Test
    @DisplayName("rethrows the body's exception and describes it in one sentence")
    void rethrowsAndDescribesFailure() {
        try (BackgroundTask task = BackgroundTask.start("server", () -> {
            throw new UnsupportedOperationException("accept loop missing");
        })) {
            assertThatThrownBy(() -> task.awaitDone(LIMIT))
                    .isInstanceOf(UnsupportedOperationException.class).hasMessage("accept loop missing");
            assertThat(task.failure()).containsInstanceOf(UnsupportedOperationException.class);
            assertThat(task.describeFailure())
                    .isEqualTo("the server thread ended with UnsupportedOperationException: accept loop missing");
        }
    }

    @Test
    @DisplayName("fails with the task's name, limit and stack when it is still running")
    void reportsStillRunning() {
        CountDownLatch release = new CountDownLatch(1);
        try (BackgroundTask task = BackgroundTask.start("stuck-server", release::await)) {
            assertThatThrownBy(() -> task.awaitDone(Duration.ofMillis(100)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("stuck-server was still running after 100 ms")
                    .hasMessageContaining("CountDownLatch.await");
            assertThat(task.isDone()).isFalse();
            release.countDown();
        }
    }

    @Test
    @DisplayName("wakes a reader blocked on a socket as soon as the body fails")
    void closeOnFailureWakesBlockedReader() throws IOException {
        Thread testThread = Thread.currentThread();
        ThrowingRunnable serverThatDiesLate = () -> {
            // Fail only once the test thread really is blocked in read(), as with a server that dies late.
            StackProbe.awaitBlockedIn(testThread, "NioSocketImpl.implRead", LIMIT);
            throw new IllegalStateException("server died");
        };
        try (ConnectedPair pair = ConnectedPair.open();
                BackgroundTask server = BackgroundTask.start("server", serverThatDiesLate)) {
            server.closeOnFailure(pair.client());

            assertThatThrownBy(() -> pair.client().getInputStream().read())
                    .as("the read ends because its socket was closed, not by its 5 s timeout")
                    .isInstanceOf(SocketException.class)
                    .isNotInstanceOf(SocketTimeoutException.class);
            assertThat(server.failure()).containsInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    @DisplayName("closes a closeable at once when the body had already failed")
    void closeOnFailureAfterTheFact() throws Exception {
        ThrowingRunnable failingServer = () -> {
            throw new IOException("bind failed");
        };
        try (ConnectedPair pair = ConnectedPair.open();
                BackgroundTask task = BackgroundTask.start("server", failingServer)) {
            assertThatThrownBy(() -> task.awaitDone(LIMIT)).isInstanceOf(IOException.class);

            task.closeOnFailure(pair.client());

            assertThat(pair.client().isClosed()).isTrue();
        }
    }

    @Test
    @DisplayName("leaves the closeable open when the body succeeds")
    void closeOnFailureIgnoresSuccess() throws Exception {
        try (ConnectedPair pair = ConnectedPair.open();
                BackgroundTask task = BackgroundTask.start("server", () -> { }).closeOnFailure(pair.client())) {
            task.awaitDone(LIMIT);

            assertThat(pair.client().isClosed()).isFalse();
        }
    }

    @Test
    @DisplayName("interrupts a waiting body on close and joins its thread")
    void closeInterruptsAndJoins() {
        CountDownLatch never = new CountDownLatch(1);
        BackgroundTask task = BackgroundTask.start("waiter", never::await);

        task.close();

        assertThat(task.thread().isAlive()).as("thread still alive after close()").isFalse();
        assertThat(task.failure()).containsInstanceOf(InterruptedException.class);
    }
}
