package course.testsupport.detect;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Measures the CPU time other threads burn while the system under test should be idle, to catch busy loops.
 */
public final class BusySpinDetector {

    private static final int BUSIEST_SHOWN = 3;

    private BusySpinDetector() {
    }

    /** CPU time used by all threads but the caller over a window of wall-clock time. */
    public record CpuSample(Duration window, Duration cpu) {

        /** CPU time divided by the window: 1.0 means one core fully busy. */
        public double coreFraction() {
            return (double) cpu.toNanos() / window.toNanos();
        }
    }

    /** Measures the CPU time of every thread but the caller over the window. */
    public static CpuSample measure(Duration window) {
        return new CpuSample(window, Duration.ofNanos(sum(cpuPerThread(window))));
    }

    /** Throws an AssertionError naming the busiest threads when they used more than maxCoreFraction of a core. */
    public static void assertIdle(Duration window, double maxCoreFraction) {
        Map<Long, Long> perThread = cpuPerThread(window);
        CpuSample sample = new CpuSample(window, Duration.ofNanos(sum(perThread)));
        if (sample.coreFraction() > maxCoreFraction) {
            throw new AssertionError(String.format(Locale.ROOT,
                    "threads burned %.2f of a core over %d ms while idle: a loop that polls without blocking spins;"
                            + " block in read()/accept()/select() instead (at most %.2f allowed). Busiest: %s",
                    sample.coreFraction(), window.toMillis(), maxCoreFraction, busiest(perThread)));
        }
    }

    /** CPU nanoseconds each thread other than the caller used during the window, by thread id. */
    private static Map<Long, Long> cpuPerThread(Duration window) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isThreadCpuTimeSupported() && !threads.isThreadCpuTimeEnabled()) {
            threads.setThreadCpuTimeEnabled(true);
        }
        long self = Thread.currentThread().threadId();
        Map<Long, Long> before = cpuTimes(threads, self);
        long deadline = System.nanoTime() + window.toNanos();
        // The window is the quantity measured, so waiting it out is the measurement itself.
        for (long left = window.toNanos(); left > 0; left = deadline - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
        Map<Long, Long> used = new HashMap<>();
        // A thread born during the window counts from zero; one that died during it cannot be measured.
        cpuTimes(threads, self).forEach((id, now) -> used.put(id, Math.max(0, now - before.getOrDefault(id, 0L))));
        return used;
    }

    private static Map<Long, Long> cpuTimes(ThreadMXBean threads, long self) {
        Map<Long, Long> times = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (id != self && cpu >= 0) {
                times.put(id, cpu);
            }
        }
        return times;
    }

    private static long sum(Map<Long, Long> perThread) {
        return perThread.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String busiest(Map<Long, Long> perThread) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return perThread.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(BUSIEST_SHOWN)
                .map(entry -> describe(threads.getThreadInfo(entry.getKey()), entry.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String describe(ThreadInfo info, long cpuNanos) {
        String name = info == null ? "(ended)" : "\"" + info.getThreadName() + "\"";
        return name + " " + cpuNanos / 1_000_000 + " ms";
    }
}
