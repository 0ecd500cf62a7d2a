package course.blocking;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;

/** A blocking echo server that serves one client at a time. */
public final class EchoServer {

    private EchoServer() {
    }

    /**
     * Accepts clients one at a time and copies every byte each one sends back to it, until its end of stream;
     * then closes that client's socket and accepts the next.
     *
     * <p>A client that resets or fails is reported on {@code System.err}; the server goes on with the next.
     * Returns normally once {@code listener} is closed.
     *
     * @param listener a bound server socket; the caller closes it to stop the server
     * @throws IOException if accepting fails while the listener is still open
     */
    public static void serve(ServerSocket listener) throws IOException {
        while (true) {
            Socket client;
            try {
                client = listener.accept();
            } catch (SocketException e) {
                if (listener.isClosed()) {
                    return;
                }
                throw e;
            }
            try (client) {
                // transferTo loops read/write until read() returns -1: the client's end of stream.
                client.getInputStream().transferTo(client.getOutputStream());
            } catch (IOException e) {
                // One broken client must not take the server down with it.
                System.err.println("EchoServer: client " + client.getRemoteSocketAddress() + " failed: " + e);
            }
        }
    }

    /**
     * Listens on 127.0.0.1 (port from the first argument, default 0: any free port) and serves until killed.
     *
     * @param args {@code [port]}
     * @throws IOException if the port cannot be bound
     */
    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        try (ServerSocket listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("EchoServer listening on 127.0.0.1:" + listener.getLocalPort());
            System.out.flush();
            serve(listener);
        }
    }
}
