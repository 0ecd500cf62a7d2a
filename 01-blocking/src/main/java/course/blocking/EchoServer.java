package course.blocking;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

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
        throw new UnsupportedOperationException("Exercise 2: loop on accept(); copy each client's bytes back until "
                + "read() returns -1, close it, and return once the listener is closed.");
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
