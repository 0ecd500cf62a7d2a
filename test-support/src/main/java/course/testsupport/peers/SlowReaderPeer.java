package course.testsupport.peers;

import java.io.IOException;
import java.time.Duration;
import java.net.InetSocketAddress;

/**
 * A loopback server that reads each client at a bounded rate, counting the bytes and their CRC32.
 */
public final class SlowReaderPeer implements AutoCloseable {

    private SlowReaderPeer() {
    }

    /** Starts listening; each connection is read at most bytesPerTick bytes every tick. */
    public static SlowReaderPeer start(int bytesPerTick, Duration tick) throws IOException {
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

    /** Bytes read so far from all clients. */
    public long bytesRead() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The CRC32 of the bytes read so far, in the order they were read. */
    public long crc32() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Waits until a client has closed its output and everything it sent has been read. */
    public void awaitEndOfStream(Duration limit) throws InterruptedException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        throw new UnsupportedOperationException("not yet");
    }
}
