package course.testsupport.net;

import java.io.IOException;
import java.net.Socket;

/**
 * Both ends of one TCP connection over loopback, for tests that need a connected socket without a server class.
 */
public final class ConnectedPair implements AutoCloseable {

    private ConnectedPair() {
    }

    /** Opens a listener, connects to it, accepts, and closes the listener; both sockets have the default timeout. */
    public static ConnectedPair open() throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The end that connected. */
    public Socket client() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The end that was accepted. */
    public Socket server() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes both ends. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
