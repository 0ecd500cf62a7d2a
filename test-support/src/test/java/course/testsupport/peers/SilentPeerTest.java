package course.testsupport.peers;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.net.Loopback;
import course.testsupport.run.BackgroundTask;
import course.testsupport.run.StackProbe;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SilentPeer")
class SilentPeerTest {

    /** Far more than the peer's receive buffer plus any sensible send buffer. */
    private static final int LARGE = 16 * 1024 * 1024;
    private static final Duration LIMIT = Duration.ofSeconds(3);

    @Test
    @DisplayName("makes a blocking writer block inside socket write until the test reads")
    void blockingWriterBlocks() throws Exception {
        try (SilentPeer peer = SilentPeer.start(); Socket client = Loopback.connect(peer.address());
                BackgroundTask writer = BackgroundTask.start("writer",
                        () -> client.getOutputStream().write(new byte[LARGE]))) {
            writer.closeOnFailure(client);
            Socket accepted = peer.awaitConnection(LIMIT);

            assertThat(StackProbe.awaitBlockedIn(writer.thread(), "NioSocketImpl.implWrite", LIMIT))
                    .as("the writer should be inside write(): nobody reads, so the buffers fill").isTrue();
            assertThat(writer.isDone()).as("write() returned although the receiver never read").isFalse();

            // Resume the receiver: reading everything lets the blocked write finish.
            InputStream in = accepted.getInputStream();
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            int count;
            while (total < LARGE && (count = in.read(buffer)) != -1) {
                total += count;
            }
            writer.awaitDone(LIMIT);
            assertThat(total).isEqualTo(LARGE);
        }
    }

    @Test
    @DisplayName("makes a non-blocking write accept fewer bytes than offered")
    void nonBlockingWriteIsPartial() throws Exception {
        try (SilentPeer peer = SilentPeer.start(); SocketChannel channel = SocketChannel.open(peer.address())) {
            channel.socket().setSoTimeout(Math.toIntExact(Loopback.SOCKET_TIMEOUT.toMillis()));
            channel.configureBlocking(false);
            peer.awaitConnection(LIMIT);
            ByteBuffer data = ByteBuffer.allocate(LARGE);

            int written = channel.write(data);

            assertThat(written).as("a non-blocking write takes only what fits in the buffers, never blocks")
                    .isLessThan(LARGE);
            int further;
            int attempts = 0;
            do {
                further = channel.write(data);
                attempts++;
            } while (further > 0 && attempts < 100);
            assertThat(further).as("once the buffers are full, a non-blocking write returns 0 instead of blocking")
                    .isZero();
        }
    }

    @Test
    @DisplayName("hands out each accepted connection with the small receive buffer and default read timeout")
    void awaitConnectionReturnsAcceptedSocket() throws IOException, InterruptedException {
        try (SilentPeer peer = SilentPeer.start(8192); Socket client = Loopback.connect(peer.port())) {
            Socket accepted = peer.awaitConnection(LIMIT);

            assertThat(accepted.getPort()).as("remote port of the accepted socket").isEqualTo(client.getLocalPort());
            assertThat(accepted.getSoTimeout()).isEqualTo(Math.toIntExact(Loopback.SOCKET_TIMEOUT.toMillis()));
            // Linux doubles the requested size for its bookkeeping; the default would be 128 KiB or more.
            assertThat(accepted.getReceiveBufferSize()).as("receive buffer inherited from the listener")
                    .isLessThanOrEqualTo(2 * 8192);
        }
    }
}
