package course.testsupport.peers;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * Small socket chores the peers share: closing quietly, reading without giving up on idle clients, pacing.
 */
final class Sockets {

    private Sockets() {
    }

    static void closeQuietly(Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException ignored) {
            // The descriptor is released even when close reports a failure.
        }
    }

    /**
     * Reads like InputStream.read, but keeps waiting through read timeouts: a peer waits for its client as
     * long as the peer is open, and close() wakes it by closing the socket.
     */
    static int readPatiently(InputStream in, byte[] buffer, int offset, int length) throws IOException {
        while (true) {
            try {
                return in.read(buffer, offset, length);
            } catch (SocketTimeoutException ignored) {
                // The timeout only bounds one wait; the client may legitimately stay idle longer.
            }
        }
    }

    /** Pacing, not synchronisation: waits the whole duration even if park returns early; interrupt ends it. */
    static void pace(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        long remaining = duration.toNanos();
        while (remaining > 0) {
            LockSupport.parkNanos(remaining);
            if (Thread.interrupted()) {
                throw new InterruptedException("peer closed while pacing");
            }
            remaining = deadline - System.nanoTime();
        }
    }
}
