package course.testsupport.peers;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * A loopback server that reads each client at a bounded rate, counting the bytes and their CRC32.
 */
public final class SlowReaderPeer implements AutoCloseable {

    private final int bytesPerTick;
    private final Duration tick;
    private final CRC32 crc = new CRC32();
    private final CountDownLatch endOfStream = new CountDownLatch(1);
    private long bytesRead;
    private AcceptLoop loop;

    private SlowReaderPeer(int bytesPerTick, Duration tick) {
        this.bytesPerTick = bytesPerTick;
        this.tick = tick;
    }

    /** Starts listening; each connection is read at most bytesPerTick bytes every tick. */
    public static SlowReaderPeer start(int bytesPerTick, Duration tick) throws IOException {
        if (bytesPerTick < 1 || tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("need bytesPerTick >= 1 and a positive tick");
        }
        SlowReaderPeer peer = new SlowReaderPeer(bytesPerTick, tick);
        peer.loop = AcceptLoop.start("slow-reader-peer", Loopback.listen(), peer::readSlowly);
        return peer;
    }

    private void readSlowly(Socket connection, int number) throws IOException, InterruptedException {
        try (connection) {
            InputStream in = connection.getInputStream();
            byte[] buffer = new byte[bytesPerTick];
            int count;
            while ((count = Sockets.readPatiently(in, buffer, 0, bytesPerTick)) != -1) {
                record(buffer, count);
                // Pacing: at most one read of bytesPerTick per tick keeps the average rate bounded.
                Sockets.pace(tick);
            }
            endOfStream.countDown();
        }
    }

    private synchronized void record(byte[] buffer, int count) {
        crc.update(buffer, 0, count);
        bytesRead += count;
    }

    /** The port this peer listens on at 127.0.0.1. */
    public int port() {
        return loop.port();
    }

    /** The address this peer listens on: 127.0.0.1 and {@link #port()}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(Loopback.address(), port());
    }

    /** Bytes read so far from all clients. */
    public synchronized long bytesRead() {
        return bytesRead;
    }

    /** The CRC32 of the bytes read so far, in the order they were read. */
    public synchronized long crc32() {
        return crc.getValue();
    }

    /**
     * Waits until a client has closed its output and everything it sent has been read.
     *
     * @throws AssertionError when no client reached its end of stream within the limit
     */
    public void awaitEndOfStream(Duration limit) throws InterruptedException {
        if (!endOfStream.await(limit.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new AssertionError("the slow reader saw no end of stream within " + limit.toMillis() + " ms ("
                    + bytesRead() + " bytes read); the client should close or shutdownOutput() when done");
        }
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        loop.close();
    }
}
