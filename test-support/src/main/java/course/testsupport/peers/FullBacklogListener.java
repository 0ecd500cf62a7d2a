package course.testsupport.peers;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener that never accepts and whose accept queue is full, so a further connect hangs until its timeout.
 *
 * <p>Linux completes handshakes into the accept queue until it holds more than the backlog, then drops every
 * new SYN; the connecting side retries and its connect() times out. No thread is needed.
 */
public final class FullBacklogListener implements AutoCloseable {

    private static final int MAX_FILL_ATTEMPTS = 16;
    private static final int PROBE_TIMEOUT_MILLIS = 200;

    private final ServerSocket server;
    private final List<Socket> fillers;

    private FullBacklogListener(ServerSocket server, List<Socket> fillers) {
        this.server = server;
        this.fillers = fillers;
    }

    /**
     * Starts listening with backlog 1 and fills the accept queue, verifying that a probe connect times out.
     *
     * @throws IOException when the queue did not fill within a bounded number of connections
     */
    public static FullBacklogListener start() throws IOException {
        ServerSocket server = new ServerSocket();
        List<Socket> fillers = new ArrayList<>();
        try {
            server.setSoTimeout(Math.toIntExact(Loopback.SOCKET_TIMEOUT.toMillis()));
            server.bind(new InetSocketAddress(Loopback.address(), 0), 1);
            for (int attempt = 0; attempt < MAX_FILL_ATTEMPTS; attempt++) {
                Socket socket = new Socket();
                try {
                    socket.setSoTimeout(Math.toIntExact(Loopback.SOCKET_TIMEOUT.toMillis()));
                    socket.connect(server.getLocalSocketAddress(), PROBE_TIMEOUT_MILLIS);
                    fillers.add(socket);
                } catch (SocketTimeoutException full) {
                    // The probe's SYN was dropped: the queue is full, which is the state we want.
                    socket.close();
                    return new FullBacklogListener(server, fillers);
                } catch (IOException | RuntimeException e) {
                    socket.close();
                    throw e;
                }
            }
        } catch (IOException | RuntimeException e) {
            closeAll(server, fillers);
            throw e;
        }
        closeAll(server, fillers);
        throw new IOException("the accept queue of a backlog-1 listener still took connections after "
                + MAX_FILL_ATTEMPTS + " attempts; this operating system does not drop SYNs on a full queue");
    }

    private static void closeAll(ServerSocket server, List<Socket> fillers) {
        fillers.forEach(Sockets::closeQuietly);
        Sockets.closeQuietly(server);
    }

    /** The port this listener is bound to at 127.0.0.1. */
    public int port() {
        return server.getLocalPort();
    }

    /** The address this listener is bound to: 127.0.0.1 and {@link #port()}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(Loopback.address(), port());
    }

    /** Closes the listener and the connections that fill its queue; idempotent. This peer starts no thread. */
    @Override
    public void close() {
        closeAll(server, fillers);
    }
}
