package course.testsupport.peers;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.net.InetSocketAddress;

/**
 * A loopback server that accepts connections and never reads, so a writer soon fills its small receive buffer.
 */
public final class SilentPeer implements AutoCloseable {

    private SilentPeer() {
    }

    /** Starts listening with a receive buffer of 4096 bytes. */
    public static SilentPeer start() throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Starts listening with the given receive buffer, set on the listening socket before bind. */
    public static SilentPeer start(int receiveBufferBytes) throws IOException {
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

    /**
     * Waits for the first connection and returns the accepted socket, which the test may read to resume the
     * receiver; it has the default read timeout and stays owned by this peer.
     */
    public Socket awaitConnection(Duration limit) throws InterruptedException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
