package course.testsupport.peers;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server that sends each client the same bytes one at a time, one per interval, then closes its output.
 */
public final class SlowDripSender implements AutoCloseable {

    private final byte[] data;
    private final Duration interval;
    private final AtomicInteger bytesSent = new AtomicInteger();
    private AcceptLoop loop;

    private SlowDripSender(byte[] data, Duration interval) {
        this.data = data.clone();
        this.interval = interval;
    }

    /** Starts listening; every accepted connection receives data one byte per interval. */
    public static SlowDripSender start(byte[] data, Duration interval) throws IOException {
        SlowDripSender sender = new SlowDripSender(data, interval);
        sender.loop = AcceptLoop.start("slow-drip-sender", Loopback.listen(), sender::drip);
        return sender;
    }

    private void drip(Socket connection, int number) throws IOException, InterruptedException {
        try (connection) {
            // Without TCP_NODELAY, Nagle's algorithm would hold back a byte until the previous one is acknowledged.
            connection.setTcpNoDelay(true);
            OutputStream out = connection.getOutputStream();
            for (int i = 0; i < data.length; i++) {
                if (i > 0) {
                    // Pacing: the whole point of this peer is the gap between two bytes.
                    Sockets.pace(interval);
                }
                out.write(data[i]);
                bytesSent.incrementAndGet();
            }
            connection.shutdownOutput();
            drainUntilEndOfStream(connection.getInputStream());
        }
    }

    /** Closing with unread input would reset the connection and could destroy bytes the client has not read. */
    private static void drainUntilEndOfStream(InputStream in) throws IOException {
        byte[] discard = new byte[1024];
        while (Sockets.readPatiently(in, discard, 0, discard.length) != -1) {
            // Discarded: this peer only talks.
        }
    }

    /** The port this peer listens on at 127.0.0.1. */
    public int port() {
        return loop.port();
    }

    /** The address this peer listens on: 127.0.0.1 and {@link #port()}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(Loopback.address(), port());
    }

    /** Bytes sent so far over all connections. */
    public int bytesSent() {
        return bytesSent.get();
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        loop.close();
    }
}
