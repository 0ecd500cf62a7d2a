package course.blocking;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Streams a large payload over one connection and checks on arrival that every byte came through. */
public final class BulkTransfer {

    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int TIMEOUT_MILLIS = 5_000;

    /**
     * What a receiver saw: how many bytes arrived and the CRC32 of all of them, in order.
     *
     * @param bytes the number of bytes received
     * @param crc32 the CRC32 checksum of those bytes
     */
    public record Transfer(long bytes, long crc32) {
    }

    private BulkTransfer() {
    }

    /**
     * Returns the seeds' payload: {@code "Hello Python\n"} repeated 10 * 1024 * 1024 times, as US-ASCII
     * (136,314,880 bytes).
     *
     * @return a new array holding the payload
     */
    public static byte[] seedPayload() {
        byte[] line = "Hello Python\n".getBytes(StandardCharsets.US_ASCII);
        int repeats = 10 * 1024 * 1024;
        byte[] payload = new byte[line.length * repeats];
        for (int i = 0; i < repeats; i++) {
            System.arraycopy(line, 0, payload, i * line.length, line.length);
        }
        return payload;
    }

    /**
     * Writes every byte of {@code payload}, then half-closes the socket's output so the receiver sees end of
     * stream. A blocking write returns only once the kernel has taken all of it: while the receiver is slow,
     * the caller waits here.
     *
     * @param socket a connected socket; it stays open (only its output is shut down)
     * @param payload the bytes to send
     * @throws IOException if the socket fails
     */
    public static void sendAll(Socket socket, byte[] payload) throws IOException {
        throw new UnsupportedOperationException("Exercise 3: write the whole payload (the write blocks while the "
                + "receiver is slow), then shutdownOutput() so the receiver sees end of stream.");
    }

    /**
     * Reads until end of stream through a fixed 64 KiB buffer, counting the bytes and updating a CRC32 with
     * exactly the bytes each read returned. Never holds the whole payload in memory.
     *
     * @param socket a connected socket whose peer sends and then ends its stream
     * @return how many bytes arrived and their CRC32
     * @throws IOException if the socket fails
     */
    public static Transfer receiveAll(Socket socket) throws IOException {
        throw new UnsupportedOperationException("Exercise 3: read into a 64 KiB buffer until read() returns -1, "
                + "adding n to the count and crc.update(buffer, 0, n).");
    }

    /**
     * Either {@code send host port} (sends the seed payload) or {@code receive [port]} (accepts one sender on
     * 127.0.0.1 and prints what arrived).
     *
     * @param args {@code send host port} or {@code receive [port]}
     * @throws IOException if a socket fails
     */
    public static void main(String[] args) throws IOException {
        String mode = args.length > 0 ? args[0] : "";
        switch (mode) {
            case "send" -> send(args[1], Integer.parseInt(args[2]));
            case "receive" -> receive(args.length > 1 ? Integer.parseInt(args[1]) : 0);
            default -> System.err.println("usage: BulkTransfer send host port | BulkTransfer receive [port]");
        }
    }

    private static void send(String host, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            sendAll(socket, seedPayload());
        }
    }

    private static void receive(int port) throws IOException {
        try (ServerSocket listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("listening on 127.0.0.1:" + listener.getLocalPort());
            System.out.flush();
            try (Socket sender = listener.accept()) {
                sender.setSoTimeout(TIMEOUT_MILLIS);
                Transfer transfer = receiveAll(sender);
                System.out.printf(Locale.ROOT, "received %,d bytes, CRC32 %08x%n", transfer.bytes(), transfer.crc32());
            }
        }
    }
}
