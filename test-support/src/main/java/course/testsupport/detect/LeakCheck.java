package course.testsupport.detect;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Finds threads and file descriptors that code under test left behind.
 *
 * <p>Virtual threads are not listed by {@link Thread#getAllStackTraces()}, so they are not seen here;
 * chapter 04 extends this check for them. Threads the JDK keeps for itself (the common fork-join pool,
 * virtual-thread carriers, internal pollers) are not counted as leaks, nor are jar files a class loader opens
 * or the one descriptor the JDK keeps for good once sockets are in use.
 */
public final class LeakCheck {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int FRAMES_SHOWN = 6;

    private final Set<Thread> threadsAtStart;
    private final long descriptorsAtStart;
    private final Map<String, String> descriptorTargetsAtStart;

    private LeakCheck(Set<Thread> threadsAtStart, long descriptorsAtStart, Map<String, String> targetsAtStart) {
        this.threadsAtStart = threadsAtStart;
        this.descriptorsAtStart = descriptorsAtStart;
        this.descriptorTargetsAtStart = targetsAtStart;
    }

    /** Snapshots the live platform threads and the count of open file descriptors. */
    public static LeakCheck begin() {
        Descriptors.primeSocketMachinery();
        return new LeakCheck(LiveThreads.snapshot(), Descriptors.count(), Descriptors.targets());
    }

    /**
     * Waits up to grace until every thread started since {@link #begin()} has ended and the open descriptor
     * count is back to its start value; otherwise throws an AssertionError naming what leaked.
     */
    public void assertNoLeaks(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        while (!clean()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new AssertionError(report(grace));
            }
            // Polling interval: closing threads and sockets need a moment to finish after close() returns.
            LockSupport.parkNanos(Math.min(POLL_NANOS, remaining));
        }
    }

    private boolean clean() {
        return newThreads().isEmpty() && (openDescriptors() <= descriptorsAtStart || onlyArchivesAdded());
    }

    /** A class loader opens each jar on first use and keeps it open: that is not the test's leak. */
    private boolean onlyArchivesAdded() {
        List<String> added = Descriptors.added(descriptorTargetsAtStart);
        return !descriptorTargetsAtStart.isEmpty() && added.stream().allMatch(LeakCheck::isArchive);
    }

    private static boolean isArchive(String descriptor) {
        return descriptor.endsWith(".jar") || descriptor.endsWith(".jmod");
    }

    private String report(Duration grace) {
        StringBuilder text = new StringBuilder("resources leaked: still there " + grace.toMillis()
                + " ms after the check began.");
        for (Thread thread : newThreads()) {
            text.append(System.lineSeparator()).append("thread \"").append(thread.getName()).append("\" (")
                    .append(thread.getState()).append(")");
            StackTraceElement[] frames = thread.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES_SHOWN, frames.length); i++) {
                text.append(System.lineSeparator()).append("\tat ").append(frames[i]);
            }
        }
        long extra = openDescriptors() - descriptorsAtStart;
        if (extra > 0) {
            text.append(System.lineSeparator()).append(extra).append(" more file descriptors open than at start");
            Descriptors.added(descriptorTargetsAtStart).forEach(target ->
                    text.append(System.lineSeparator()).append("\t").append(target));
        }
        return text.append(System.lineSeparator())
                .append("Close every socket in try-with-resources; stop and join every thread you start.")
                .toString();
    }

    /** Live platform threads that were not alive at {@link #begin()}, JDK-internal ones left out. */
    public List<Thread> newThreads() {
        return LiveThreads.snapshot().stream()
                .filter(thread -> !threadsAtStart.contains(thread))
                .toList();
    }

    /** The count of file descriptors this process has open now. */
    public long openDescriptors() {
        return Descriptors.count();
    }
}
