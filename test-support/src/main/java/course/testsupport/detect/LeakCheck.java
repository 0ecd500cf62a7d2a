package course.testsupport.detect;

import java.time.Duration;
import java.util.List;

/**
 * Finds threads and file descriptors that code under test left behind.
 *
 * <p>Virtual threads are not listed by {@link Thread#getAllStackTraces()}, so they are not seen here;
 * chapter 04 extends this check for them.
 */
public final class LeakCheck {

    private LeakCheck() {
    }

    /** Snapshots the live platform threads and the count of open file descriptors. */
    public static LeakCheck begin() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Waits up to grace until every thread started since {@link #begin()} has ended and the open descriptor
     * count is back to its start value; otherwise throws an AssertionError naming what leaked.
     */
    public void assertNoLeaks(Duration grace) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Live platform threads that were not alive at {@link #begin()}. */
    public List<Thread> newThreads() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The count of file descriptors this process has open now. */
    public long openDescriptors() {
        throw new UnsupportedOperationException("not yet");
    }
}
