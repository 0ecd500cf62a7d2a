package course.testsupport.peers;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.net.InetSocketAddress;

/**
 * A loopback server that reads a few bytes and then aborts the connection, so the client sees a TCP reset.
 */
public final class ResettingPeer implements AutoCloseable {

    private ResettingPeer() {
    }

    /** Starts listening; each connection is reset after reading up to bytesBeforeReset bytes (0 = none). */
    public static ResettingPeer start(int bytesBeforeReset) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Aborts the connection: SO_LINGER 0 and close, so the other end receives RST instead of FIN. */
    public static void resetConnection(Socket s) throws IOException {
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

    /** How many connections this peer has reset so far. */
    public int resets() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Waits until this peer has reset at least one connection. */
    public void awaitReset(Duration limit) throws InterruptedException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
