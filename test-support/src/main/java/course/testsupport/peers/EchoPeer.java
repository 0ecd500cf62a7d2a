package course.testsupport.peers;

import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * A loopback server that echoes everything each client sends, serving several clients at once.
 */
public final class EchoPeer implements AutoCloseable {

    private EchoPeer() {
    }

    /** Starts listening on 127.0.0.1 at a free port. */
    public static EchoPeer start() throws IOException {
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

    /** How many connections this peer has accepted so far. */
    public int connectionsAccepted() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
