package course.testsupport.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.testsupport.net.ConnectedPair;
import java.net.SocketException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("StackProbe")
class StackProbeTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Duration SHORT = Duration.ofMillis(100);

    @Test
    @DisplayName("sees a reader blocked inside NioSocketImpl.implRead")
    void seesBlockedReader() throws Exception {
        try (ConnectedPair pair = ConnectedPair.open();
                BackgroundTask reader = BackgroundTask.start("reader", () -> pair.client().getInputStream().read())) {

            boolean blocked = StackProbe.awaitBlockedIn(reader.thread(), "NioSocketImpl.implRead", LIMIT);
            String where = StackProbe.whereIn(reader.thread(), "course.testsupport.run");

            assertThat(blocked).as("a read with no data available blocks inside NioSocketImpl.implRead").isTrue();
            assertThat(StackProbe.isBlockedIn(reader.thread(), "NioSocketImpl.implWrite"))
                    .as("the reader is not in a write").isFalse();
            assertThat(where).as("where the reader's own code waits")
                    .startsWith("inside java.net.")
                    .contains(", called from course.testsupport.run.StackProbeTest.")
                    .contains("StackProbeTest.java:");
            assertThat(StackProbe.whereIn(reader.thread(), "no.such.pkg")).isEmpty();
            // A read blocked in native code ignores interrupts: closing its socket is what wakes it.
            pair.client().close();
            assertThatThrownBy(() -> reader.awaitDone(LIMIT)).isInstanceOf(SocketException.class);
        }
    }

    @Test
    @DisplayName("gives up with false when the thread never reaches the fragment")
    void givesUpAfterLimit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (BackgroundTask waiter = BackgroundTask.start("waiter", release::await)) {

            boolean found = StackProbe.awaitBlockedIn(waiter.thread(), "NioSocketImpl.implWrite", SHORT);

            assertThat(found).as("a thread waiting on a latch is never inside a socket write").isFalse();
            assertThat(StackProbe.awaitBlockedIn(waiter.thread(), "CountDownLatch.await", LIMIT))
                    .as("but its stack shows the latch").isTrue();
            release.countDown();
        }
    }
}
