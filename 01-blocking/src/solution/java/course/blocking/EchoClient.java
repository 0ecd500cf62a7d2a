package course.blocking;

import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
        byte[] sent = message.getBytes(StandardCharsets.UTF_8);
        if (sent.length == 0) {
            return "";
        }
        OutputStream out = socket.getOutputStream();
        out.write(sent);
        out.flush();
        // A single read() returns whatever has arrived so far; readNBytes loops until it has them all.
        byte[] received = socket.getInputStream().readNBytes(sent.length);
        if (received.length < sent.length) {
            throw new EOFException("the stream ended after " + received.length + " of " + sent.length
                    + " bytes of the echo");
        }
        // Decode only now: a multi-byte character may have been split between two reads.
        return new String(received, StandardCharsets.UTF_8);
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
