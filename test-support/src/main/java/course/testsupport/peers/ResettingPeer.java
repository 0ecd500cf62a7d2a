package course.testsupport.peers;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that reads a few bytes and then aborts the connection, so the client sees a TCP reset.
 */
public final class ResettingPeer implements AutoCloseable {

    private final int bytesBeforeReset;
    private final AtomicInteger resets = new AtomicInteger();
    private final CountDownLatch firstReset = new CountDownLatch(1);
    private AcceptLoop loop;

    private ResettingPeer(int bytesBeforeReset) {
        this.bytesBeforeReset = bytesBeforeReset;
    }

    /**
     * Starts listening; each connection is reset after reading up to bytesBeforeReset bytes (0 = none).
     *
     * <p>With 0 the reset can reach the client before its timed connect() has returned, so connect() itself may
     * throw "Connection reset" (about 1 in 100 on loopback); with at least 1 the client sees it in read() or
     * write(), after it has sent those bytes.
     */
    public static ResettingPeer start(int bytesBeforeReset) throws IOException {
        ResettingPeer peer = new ResettingPeer(bytesBeforeReset);
        peer.loop = AcceptLoop.start("resetting-peer", Loopback.listen(), peer::readThenReset);
        return peer;
    }

    /** Aborts the connection: SO_LINGER 0 and close, so the other end receives RST instead of FIN. */
    public static void resetConnection(Socket s) throws IOException {
        // Linger on with a zero timeout makes close() discard unsent data and send RST.
        s.setSoLinger(true, 0);
        s.close();
    }

    private void readThenReset(Socket connection, int number) throws IOException {
        InputStream in = connection.getInputStream();
        byte[] buffer = new byte[Math.max(1, Math.min(bytesBeforeReset, 8192))];
        int read = 0;
        while (read < bytesBeforeReset) {
            int count = Sockets.readPatiently(in, buffer, 0, Math.min(buffer.length, bytesBeforeReset - read));
            if (count == -1) {
                break;
            }
            read += count;
        }
        resetConnection(connection);
        resets.incrementAndGet();
        firstReset.countDown();
    }

    /** The port this peer listens on at 127.0.0.1. */
    public int port() {
        return loop.port();
    }

    /** The address this peer listens on: 127.0.0.1 and {@link #port()}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(Loopback.address(), port());
    }

    /** How many connections this peer has reset so far. */
    public int resets() {
        return resets.get();
    }

    /**
     * Waits until this peer has reset at least one connection.
     *
     * @throws AssertionError when no connection was reset within the limit
     */
    public void awaitReset(Duration limit) throws InterruptedException {
        if (!firstReset.await(limit.toNanos(), TimeUnit.NANOSECONDS)) {
            throw new AssertionError("the resetting peer reset no connection within " + limit.toMillis()
                    + " ms; it resets after reading " + bytesBeforeReset + " bytes from a connected client");
        }
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        loop.close();
    }
}
