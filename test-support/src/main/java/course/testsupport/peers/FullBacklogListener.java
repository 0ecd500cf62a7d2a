package course.testsupport.peers;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * A listener that never accepts and whose accept queue is full, so a further connect hangs until its timeout.
 */
public final class FullBacklogListener implements AutoCloseable {

    private FullBacklogListener() {
    }

    /** Starts listening with backlog 1 and fills the accept queue, verifying that a probe connect times out. */
    public static FullBacklogListener start() throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The port this peer listens on at 127.0.0.1. */
    public int port() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The address this peer listens on: 127.0.0.1 and {@link #port()}. */
    public InetSocketAddress address() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
