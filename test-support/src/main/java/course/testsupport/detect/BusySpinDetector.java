package course.testsupport.detect;

import java.time.Duration;

/**
 * Measures the CPU time other threads burn while the system under test should be idle, to catch busy loops.
 */
public final class BusySpinDetector {

    private BusySpinDetector() {
    }

    /** CPU time used by all threads but the caller over a window of wall-clock time. */
    public record CpuSample(Duration window, Duration cpu) {

        /** CPU time divided by the window: 1.0 means one core fully busy. */
        public double coreFraction() {
            throw new UnsupportedOperationException("not yet");
        }
    }

    /** Measures the CPU time of every thread but the caller over the window. */
    public static CpuSample measure(Duration window) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Throws an AssertionError naming the busiest threads when they used more than maxCoreFraction of a core. */
    public static void assertIdle(Duration window, double maxCoreFraction) {
        throw new UnsupportedOperationException("not yet");
    }
}
