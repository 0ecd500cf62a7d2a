package course.blocking;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Length-prefixed frames: a 4-byte big-endian length, then that many bytes of payload. */
public final class Frames {

    private static final int HEADER_BYTES = 4;
    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int MAX_FRAME = 1024 * 1024;

    private Frames() {
    }

    /**
     * Writes one frame: the payload's length as a 4-byte big-endian int, then the payload, then flushes.
     *
     * @param out where to write; it stays open
     * @param payload the frame's body, possibly empty
     * @throws IOException if writing fails
     */
    public static void writeFrame(OutputStream out, byte[] payload) throws IOException {
        throw new UnsupportedOperationException("Exercise 4: write the payload's length as a 4-byte big-endian int, "
                + "then the payload, then flush.");
    }

    /**
     * Reads exactly one frame.
     *
     * @param in where to read; it stays open
     * @param maxLength the largest body accepted
     * @return the frame's body (empty array for a zero-length frame), or empty when the stream ended cleanly
     *         before the first header byte
     * @throws EOFException if the stream ends inside the header or the body (says how much of how much arrived)
     * @throws java.net.ProtocolException if the announced length is negative or above {@code maxLength}; thrown
     *         before the body is allocated or read
     * @throws IOException if reading fails
     */
    public static Optional<byte[]> readFrame(InputStream in, int maxLength) throws IOException {
        throw new UnsupportedOperationException("Exercise 4: read exactly 4 header bytes, check the announced length "
                + "against 0 and maxLength, then read exactly that many body bytes.");
    }

    /**
     * Connects to {@code host port}, sends each remaining argument as a frame, and prints the frames that
     * come back until the server ends its stream.
     *
     * @param args {@code host port text...}
     * @throws IOException if the connection fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: Frames host port text...");
            return;
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(args[0], Integer.parseInt(args[1])), TIMEOUT_MILLIS);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            for (int i = 2; i < args.length; i++) {
                writeFrame(socket.getOutputStream(), args[i].getBytes(StandardCharsets.UTF_8));
            }
            socket.shutdownOutput();
            Optional<byte[]> frame;
            while ((frame = readFrame(socket.getInputStream(), MAX_FRAME)).isPresent()) {
                System.out.println(new String(frame.get(), StandardCharsets.UTF_8));
            }
        }
    }
}
