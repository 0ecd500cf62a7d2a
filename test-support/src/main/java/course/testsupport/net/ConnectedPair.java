package course.testsupport.net;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Both ends of one TCP connection over loopback, for tests that need a connected socket without a server class.
 */
public final class ConnectedPair implements AutoCloseable {

    private final Socket client;
    private final Socket server;

    private ConnectedPair(Socket client, Socket server) {
        this.client = client;
        this.server = server;
    }

    /** Opens a listener, connects to it, accepts, and closes the listener; both sockets have the default timeout. */
    public static ConnectedPair open() throws IOException {
        try (ServerSocket listener = Loopback.listen()) {
            Socket client = Loopback.connect(listener.getLocalPort());
            try {
                Socket server = listener.accept();
                server.setSoTimeout(client.getSoTimeout());
                return new ConnectedPair(client, server);
            } catch (IOException | RuntimeException e) {
                client.close();
                throw e;
            }
        }
    }

    /** The end that connected. */
    public Socket client() {
        return client;
    }

    /** The end that was accepted. */
    public Socket server() {
        return server;
    }

    /** Closes both ends; closing again does nothing. */
    @Override
    public void close() {
        closeQuietly(client);
        closeQuietly(server);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Nothing useful to do: the descriptor is released either way.
        }
    }
}
