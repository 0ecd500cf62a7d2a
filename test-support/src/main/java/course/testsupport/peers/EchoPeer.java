package course.testsupport.peers;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback server that echoes everything each client sends, serving several clients at once.
 */
public final class EchoPeer implements AutoCloseable {

    private final AcceptLoop loop;

    private EchoPeer(AcceptLoop loop) {
        this.loop = loop;
    }

    /** Starts listening on 127.0.0.1 at a free port. */
    public static EchoPeer start() throws IOException {
        return new EchoPeer(AcceptLoop.start("echo-peer", Loopback.listen(), EchoPeer::echo));
    }

    private static void echo(Socket connection, int number) throws IOException {
        try (connection) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            byte[] buffer = new byte[8192];
            int count;
            while ((count = Sockets.readPatiently(in, buffer, 0, buffer.length)) != -1) {
                out.write(buffer, 0, count);
            }
            // The client said it is done; answer with our own end of stream, everything echoed.
            connection.shutdownOutput();
        }
    }

    /** The port this peer listens on at 127.0.0.1. */
    public int port() {
        return loop.port();
    }

    /** The address this peer listens on: 127.0.0.1 and {@link #port()}. */
    public InetSocketAddress address() {
        return new InetSocketAddress(Loopback.address(), port());
    }

    /** How many connections this peer has accepted so far. */
    public int connectionsAccepted() {
        return loop.accepted();
    }

    /** Closes every socket this peer opened and waits up to 2 s for its threads to end; idempotent. */
    @Override
    public void close() {
        loop.close();
    }
}
