package course.blocking;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;

/** A blocking echo client: sends one message and reads back exactly as many bytes as it sent. */
public final class EchoClient {

    private static final int TIMEOUT_MILLIS = 5_000;

    private EchoClient() {
    }

    /**
     * Sends {@code message} as UTF-8, flushes, and reads back exactly that many bytes, decoded as UTF-8.
     *
     * <p>One {@code read()} may return fewer bytes than were sent, so the echo is read until all of it has
     * arrived, and decoded once, all together. An empty message returns {@code ""} without reading.
     * The socket stays open: the caller owns it.
     *
     * @param socket a connected socket whose peer echoes what it receives
     * @param message the text to send
     * @return the echoed text
     * @throws EOFException if the stream ends before the whole echo arrived (says how many of how many bytes did)
     * @throws IOException if the socket fails
     */
    public static String echo(Socket socket, String message) throws IOException {
        throw new UnsupportedOperationException("Exercise 1: write the message's UTF-8 bytes and flush, then read "
                + "until you have exactly that many back (one read() may return fewer).");
    }

    /**
     * Connects to {@code host port} and prints the echo of the remaining arguments, joined by spaces.
     *
     * @param args {@code host port message...}
     * @throws IOException if the connection fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: EchoClient host port message...");
            return;
        }
        String message = String.join(" ", Arrays.copyOfRange(args, 2, args.length));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(args[0], Integer.parseInt(args[1])), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            System.out.println(echo(socket, message));
        }
    }
}
