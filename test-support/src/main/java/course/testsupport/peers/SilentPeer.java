package course.testsupport.peers;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A loopback server that accepts connections and never reads, so a writer soon fills its small receive buffer.
 */
public final class SilentPeer implements AutoCloseable {

    private static final int DEFAULT_RECEIVE_BUFFER = 4096;

    private final AcceptLoop loop;
    private final BlockingQueue<Socket> accepted;

    private SilentPeer(AcceptLoop loop, BlockingQueue<Socket> accepted) {
        this.loop = loop;
        this.accepted = accepted;
    }

    /** Starts listening with a receive buffer of 4096 bytes. */
    public static SilentPeer start() throws IOException {
        return start(DEFAULT_RECEIVE_BUFFER);
    }

    /** Starts listening with the given receive buffer, set on the listening socket before bind. */
    public static SilentPeer start(int receiveBufferBytes) throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            // Accepted sockets inherit the buffer size, and TCP fixes its window scale at the handshake,
            // so the size must be set before bind() for the small window to apply.
            server.setReceiveBufferSize(receiveBufferBytes);
            server.setSoTimeout(Math.toIntExact(Loopback.SOCKET_TIMEOUT.toMillis()));
            server.bind(new InetSocketAddress(Loopback.address(), 0));
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        BlockingQueue<Socket> accepted = new LinkedBlockingQueue<>();
        // The connection's thread ends at once: holding the socket open and unread is all this peer does.
        AcceptLoop loop = AcceptLoop.start("silent-peer", server, (connection, number) -> accepted.add(connection));
        return new SilentPeer(loop, accepted);
    }

    /** The port this peer listens on at 127.0.0.1. */
    public int port() {
        return loop.port();
    }

    /** The address this peer listens on: 127.0.0.1 and {@link #port()}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(Loopback.address(), port());
    }

    /**
     * Waits for the next accepted connection not yet returned and returns its socket, which the test may read
     * to resume the receiver; it has the default read timeout and stays owned (and closed) by this peer.
     *
     * @throws AssertionError when no client connected within the limit
     */
    public Socket awaitConnection(Duration limit) throws InterruptedException {
        Socket connection = accepted.poll(limit.toNanos(), TimeUnit.NANOSECONDS);
        if (connection == null) {
            throw new AssertionError("no client connected to the silent peer on port " + port() + " within "
                    + limit.toMillis() + " ms; the code under test should connect() to it first");
        }
        return connection;
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        loop.close();
    }
}
