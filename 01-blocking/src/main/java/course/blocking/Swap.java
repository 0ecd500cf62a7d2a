package course.blocking;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Both ends of a connection send a large payload at once: writing on one thread and reading on another. */
public final class Swap {

    private static final int TIMEOUT_MILLIS = 5_000;

    private Swap() {
    }

    /**
     * Sends all of {@code outgoing}, half-closes the output, and returns everything the peer sent up to its end
     * of stream, while the peer does the same at the same time.
     *
     * <p>Writing everything before reading deadlocks once the payloads outgrow the socket buffers: both
     * writers block, because neither side reads. So the payload is written on a second thread while the
     * calling thread reads. A failure of the writer is rethrown; the writer never outlives this call. If
     * reading fails, the socket is closed, because that is the only way to wake a writer blocked in write.
     *
     * @param socket a connected socket
     * @param outgoing the bytes to send
     * @return every byte the peer sent before its end of stream
     * @throws IOException if reading or writing fails
     */
    public static byte[] swap(Socket socket, byte[] outgoing) throws IOException {
        throw new UnsupportedOperationException("Exercise 5: write the payload and shutdownOutput() on a second "
                + "thread while this thread reads to end of stream; then join the writer and rethrow its failure.");
    }

    /**
     * Connects to {@code host port}, swaps a payload of {@code bytes} zero bytes with the server, and prints
     * how many bytes came back.
     *
     * @param args {@code host port bytes}
     * @throws IOException if the connection fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Swap host port bytes");
            return;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(args[0], Integer.parseInt(args[1])), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            byte[] received = swap(socket, new byte[Integer.parseInt(args[2])]);
            System.out.println("sent " + args[2] + " bytes, received " + received.length);
        }
    }
}
