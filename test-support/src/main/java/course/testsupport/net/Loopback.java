package course.testsupport.net;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Duration;

/**
 * Opens sockets on the loopback interface with the course's default timeouts, so no test waits forever.
 */
public final class Loopback {

    /** The read, accept and connect timeout every course socket gets unless a test says otherwise. */
    public static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(5);

    private static final int BACKLOG = 50;

    private Loopback() {
    }

    /** Returns 127.0.0.1, the only address course tests use. */
    public static InetAddress address() {
        return InetAddress.getLoopbackAddress();
    }

    /** Opens a server socket bound to 127.0.0.1 on a free port, backlog 50, accept timeout {@link #SOCKET_TIMEOUT}. */
    public static ServerSocket listen() throws IOException {
        ServerSocket server = new ServerSocket();
        try {
            server.setSoTimeout(timeoutMillis());
            server.bind(new InetSocketAddress(address(), 0), BACKLOG);
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** Connects to 127.0.0.1:port within {@link #SOCKET_TIMEOUT}; the socket's read timeout is the same. */
    public static Socket connect(int port) throws IOException {
        return connect(new InetSocketAddress(address(), port));
    }

    /** Connects to the address within {@link #SOCKET_TIMEOUT}; the socket's read timeout is the same. */
    public static Socket connect(SocketAddress address) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setSoTimeout(timeoutMillis());
            socket.connect(address, timeoutMillis());
            return socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static int timeoutMillis() {
        return Math.toIntExact(SOCKET_TIMEOUT.toMillis());
    }
}
