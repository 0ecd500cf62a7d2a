package course.testsupport.peers;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A loopback relay that forwards both directions to a target in small separately flushed pieces, so the
 * receiving side sees many small reads where the sender made one large write.
 */
public final class FragmentingRelay implements AutoCloseable {

    private final SocketAddress target;
    private final int maxPiece;
    private final AtomicLong pieces = new AtomicLong();
    private AcceptLoop loop;

    private FragmentingRelay(SocketAddress target, int maxPiece) {
        this.target = target;
        this.maxPiece = maxPiece;
    }

    /** Starts listening; each client is relayed to target in pieces of at most maxPiece bytes. */
    public static FragmentingRelay start(SocketAddress target, int maxPiece) throws IOException {
        if (maxPiece < 1) {
            throw new IllegalArgumentException("maxPiece must be at least 1, was " + maxPiece);
        }
        FragmentingRelay relay = new FragmentingRelay(target, maxPiece);
        relay.loop = AcceptLoop.start("fragmenting-relay", Loopback.listen(), relay::relay);
        return relay;
    }

    private void relay(Socket client, int number) throws IOException {
        Socket upstream = Loopback.connect(target);
        if (!loop.adopt(upstream)) {
            return;
        }
        // With Nagle's algorithm on, the kernel would glue the small pieces together again.
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        AtomicInteger openDirections = new AtomicInteger(2);
        loop.spawn("fragmenting-relay-conn-" + number + "-back", () -> pump(upstream, client, openDirections));
        pump(client, upstream, openDirections);
    }

    private void pump(Socket from, Socket to, AtomicInteger openDirections) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            byte[] buffer = new byte[8192];
            int count;
            while ((count = Sockets.readPatiently(in, buffer, 0, buffer.length)) != -1) {
                for (int offset = 0; offset < count; offset += maxPiece) {
                    out.write(buffer, offset, Math.min(maxPiece, count - offset));
                    out.flush();
                    pieces.incrementAndGet();
                }
            }
            // Forward the half-close: the other side may still be talking in the opposite direction.
            to.shutdownOutput();
            if (openDirections.decrementAndGet() == 0) {
                Sockets.closeQuietly(from);
                Sockets.closeQuietly(to);
            }
        } catch (IOException e) {
            // One side failed or was reset: abort both so the failure reaches the other side too.
            abort(from);
            abort(to);
        }
    }

    private static void abort(Socket socket) {
        try {
            ResettingPeer.resetConnection(socket);
        } catch (IOException alreadyClosed) {
            Sockets.closeQuietly(socket);
        }
    }

    /** The port this relay listens on at 127.0.0.1. */
    public int port() {
        return loop.port();
    }

    /** The address this relay listens on: 127.0.0.1 and {@link #port()}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(Loopback.address(), port());
    }

    /** How many pieces this relay has written so far, in both directions. */
    public long piecesForwarded() {
        return pieces.get();
    }

    /** Closes every socket this relay opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        loop.close();
    }
}
