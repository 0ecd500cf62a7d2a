package course.testsupport.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import course.testsupport.net.ConnectedPair;
import course.testsupport.net.Loopback;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("ResettingPeer")
class ResettingPeerTest {

    private static final Duration LIMIT = Duration.ofSeconds(3);

    @Test
    @DisplayName("resets the connection after reading the given bytes, so the client's read fails")
    void clientReadSeesReset() throws IOException, InterruptedException {
        try (ResettingPeer peer = ResettingPeer.start(3); Socket client = Loopback.connect(peer.address())) {
            client.getOutputStream().write(new byte[] {1, 2, 3});
            peer.awaitReset(LIMIT);

            assertThatThrownBy(() -> client.getInputStream().read())
                    .as("a reset is an error, unlike the -1 of an orderly close")
                    .isInstanceOf(SocketException.class).hasMessageContaining("Connection reset");
            assertThat(peer.resets()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("resets at once when told to read nothing, even before connect() has returned")
    void resetsImmediately() throws IOException, InterruptedException {
        try (ResettingPeer peer = ResettingPeer.start(0)) {
            // The reset may overtake the end of connect() itself, so either call may be the one to fail.
            assertThatThrownBy(() -> {
                try (Socket client = Loopback.connect(peer.port())) {
                    client.getInputStream().read();
                }
            }).isInstanceOf(SocketException.class).hasMessageContaining("Connection reset");
            peer.awaitReset(LIMIT);
            assertThat(peer.resets()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("lets a test abort its own end so the other end sees a reset")
    void resetConnectionAbortsOwnEnd() throws IOException {
        try (ConnectedPair pair = ConnectedPair.open()) {
            ResettingPeer.resetConnection(pair.client());

            assertThat(pair.client().isClosed()).isTrue();
            assertThatThrownBy(() -> pair.server().getInputStream().read())
                    .isInstanceOf(SocketException.class).hasMessageContaining("Connection reset");
        }
    }
}
