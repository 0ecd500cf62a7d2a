package course.blocking;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.ByteBuffer;
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
        // Header and body in one write: two small writes can meet Nagle's algorithm and a delayed ACK.
        byte[] frame = ByteBuffer.allocate(HEADER_BYTES + payload.length).putInt(payload.length).put(payload).array();
        out.write(frame);
        out.flush();
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
        byte[] header = in.readNBytes(HEADER_BYTES);
        if (header.length == 0) {
            return Optional.empty();
        }
        if (header.length < HEADER_BYTES) {
            throw new EOFException("the stream ended inside a frame header: " + header.length + " of "
                    + HEADER_BYTES + " bytes arrived");
        }
        int length = ByteBuffer.wrap(header).getInt();
        // Check before allocating: the length comes from the network and may be hostile or garbage.
        if (length < 0 || length > maxLength) {
            throw new ProtocolException("a frame announced " + length + " bytes, but the limit is " + maxLength);
        }
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("the stream ended inside a frame body: " + body.length + " of " + length
                    + " announced bytes arrived");
        }
        return Optional.of(body);
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
