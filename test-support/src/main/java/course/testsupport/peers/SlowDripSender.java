package course.testsupport.peers;

import java.io.IOException;
import java.time.Duration;
import java.net.InetSocketAddress;

/**
 * A loopback server that sends each client the same bytes one at a time, one per interval, then closes its output.
 */
public final class SlowDripSender implements AutoCloseable {

    private SlowDripSender() {
    }

    /** Starts listening; every accepted connection receives data one byte per interval. */
    public static SlowDripSender start(byte[] data, Duration interval) throws IOException {
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

    /** Bytes sent so far over all connections. */
    public int bytesSent() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
