package course.testsupport.peers;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.net.Loopback;
import course.testsupport.run.BackgroundTask;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FragmentingRelay")
class FragmentingRelayTest {

    private static final int SIZE = 4000;
    private static final int MAX_PIECE = 7;
    private static final Duration LIMIT = Duration.ofSeconds(3);

    @Test
    @DisplayName("delivers the same bytes as many small pieces and forwards the half-close both ways")
    void fragmentsAndForwardsHalfClose() throws Exception {
        byte[] data = new byte[SIZE];
        new Random(7).nextBytes(data);
        try (ServerSocket targetListener = Loopback.listen()) {
            ReadCounter target = new ReadCounter();
            try (BackgroundTask targetTask = BackgroundTask.start("target", () -> target.serveOnce(targetListener));
                    FragmentingRelay relay = FragmentingRelay.start(targetListener.getLocalSocketAddress(), MAX_PIECE);
                    Socket client = Loopback.connect(relay.address())) {
                client.getOutputStream().write(data);
                client.shutdownOutput();

                byte[] reply = client.getInputStream().readAllBytes();
                targetTask.awaitDone(LIMIT);

                assertThat(target.received()).as("bytes that reached the target").isEqualTo(data);
                assertThat(reply).as("the target's reply, sent after it saw the forwarded end of stream")
                        .asString(StandardCharsets.US_ASCII).isEqualTo("got it");
                assertThat(relay.piecesForwarded()).as("pieces of at most %d bytes, both directions", MAX_PIECE)
                        .isEqualTo((SIZE + MAX_PIECE - 1) / MAX_PIECE + 1);
                assertThat(target.reads())
                        .as("reads the target needed for one %d-byte write (directly it takes one)", SIZE)
                        .isGreaterThan(1);
            }
        }
    }

    /** A target that accepts one connection, counts the reads until end of stream, then replies. */
    private static final class ReadCounter {
        private final ByteArrayOutputStream received = new ByteArrayOutputStream();
        private volatile int reads;

        void serveOnce(ServerSocket listener) throws IOException {
            try (Socket connection = listener.accept()) {
                connection.setSoTimeout(Math.toIntExact(Loopback.SOCKET_TIMEOUT.toMillis()));
                InputStream in = connection.getInputStream();
                byte[] buffer = new byte[SIZE];
                int count;
                while ((count = in.read(buffer)) != -1) {
                    received.write(buffer, 0, count);
                    reads++;
                }
                connection.getOutputStream().write("got it".getBytes(StandardCharsets.US_ASCII));
            }
        }

        synchronized byte[] received() {
            return received.toByteArray();
        }

        int reads() {
            return reads;
        }
    }
}
