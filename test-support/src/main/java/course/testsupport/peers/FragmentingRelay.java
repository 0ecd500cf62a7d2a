package course.testsupport.peers;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.InetSocketAddress;

/**
 * A loopback relay that forwards both directions to a target in small separately flushed pieces.
 */
public final class FragmentingRelay implements AutoCloseable {

    private FragmentingRelay() {
    }

    /** Starts listening; each client is relayed to target in pieces of at most maxPiece bytes. */
    public static FragmentingRelay start(SocketAddress target, int maxPiece) throws IOException {
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

    /** How many pieces this relay has written so far, in both directions. */
    public long piecesForwarded() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
