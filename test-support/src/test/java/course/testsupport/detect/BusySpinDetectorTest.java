package course.testsupport.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.testsupport.net.ConnectedPair;
import course.testsupport.run.BackgroundTask;
import course.testsupport.run.StackProbe;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BusySpinDetector")
class BusySpinDetectorTest {

    private static final Duration WINDOW = Duration.ofMillis(300);
    private static final double IDLE_LIMIT = 0.05;

    @Test
    @DisplayName("flags a thread that spins in a loop and names it")
    void flagsSpinningThread() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        try (BackgroundTask spinner = BackgroundTask.start("spinner", () -> spin(stop))) {
            BusySpinDetector.CpuSample sample = BusySpinDetector.measure(WINDOW);
            // Even on a crowded machine a spinning thread gets far more than an idle one (about 0.00).
            assertThat(sample.coreFraction()).as("share of a core a spinning thread burns").isGreaterThan(0.1);

            assertThatThrownBy(() -> BusySpinDetector.assertIdle(WINDOW, IDLE_LIMIT))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("\"spinner\"")
                    .hasMessageContaining("a loop that polls without blocking spins");
            stop.set(true);
            spinner.awaitDone(Duration.ofSeconds(2));
        }
    }

    @Test
    @DisplayName("passes a thread that is blocked in read()")
    void passesBlockedReader() throws Exception {
        try (ConnectedPair pair = ConnectedPair.open();
                BackgroundTask reader = BackgroundTask.start("reader", () -> pair.client().getInputStream().read())) {
            assertThat(StackProbe.awaitBlockedIn(reader.thread(), "NioSocketImpl.implRead", WINDOW)).isTrue();

            BusySpinDetector.assertIdle(WINDOW, IDLE_LIMIT);

            pair.server().getOutputStream().write(1);
            reader.awaitDone(Duration.ofSeconds(2));
        }
    }

    @Test
    @DisplayName("reports CPU time as a share of the window")
    void coreFractionIsCpuOverWindow() {
        BusySpinDetector.CpuSample sample = new BusySpinDetector.CpuSample(Duration.ofMillis(500),
                Duration.ofMillis(250));

        assertThat(sample.coreFraction()).isEqualTo(0.5);
    }

    private static void spin(AtomicBoolean stop) {
        while (!stop.get()) {
            Thread.onSpinWait();
        }
    }
}
