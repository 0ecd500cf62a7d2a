package course.testsupport.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.testsupport.net.Loopback;
import course.testsupport.run.StackProbe;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("LeakCheck")
class LeakCheckTest {

    private static final Duration SHORT_GRACE = Duration.ofMillis(100);
    private static final Duration GRACE = Duration.ofSeconds(2);

    @Test
    @DisplayName("names a thread that is still running and passes once it has ended")
    void reportsLeakedThread() throws InterruptedException {
        LeakCheck leaks = LeakCheck.begin();
        CountDownLatch release = new CountDownLatch(1);
        Thread forgotten = new Thread(() -> awaitQuietly(release), "forgotten-worker");
        forgotten.setDaemon(true);
        forgotten.start();
        assertThat(StackProbe.awaitBlockedIn(forgotten, "CountDownLatch.await", GRACE)).isTrue();

        assertThat(leaks.newThreads()).contains(forgotten);
        assertThatThrownBy(() -> leaks.assertNoLeaks(SHORT_GRACE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("forgotten-worker")
                .hasMessageContaining("CountDownLatch.await")
                .hasMessageContaining("stop and join every thread you start");

        release.countDown();
        forgotten.join(GRACE);
        leaks.assertNoLeaks(GRACE);
    }

    @Test
    @DisplayName("reports a socket that is still open and passes once it is closed")
    void reportsLeakedSocket() throws Exception {
        LeakCheck leaks = LeakCheck.begin();
        long before = leaks.openDescriptors();
        ServerSocket forgotten = Loopback.listen();

        assertThat(leaks.openDescriptors()).as("descriptors with one more socket open").isGreaterThan(before);
        assertThatThrownBy(() -> leaks.assertNoLeaks(SHORT_GRACE))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("more file descriptors open than at start")
                .hasMessageContaining("socket:[")
                .hasMessageContaining("Close every socket in try-with-resources");

        forgotten.close();
        leaks.assertNoLeaks(GRACE);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
