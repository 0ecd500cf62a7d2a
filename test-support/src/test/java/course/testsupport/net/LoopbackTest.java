package course.testsupport.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Loopback and ConnectedPair")
class LoopbackTest {

    private static final int FIVE_SECONDS = 5000;

    @Test
    @DisplayName("listens on 127.0.0.1 at a free port with a five second accept timeout")
    void listensOnLoopbackWithTimeout() throws IOException {
        try (ServerSocket server = Loopback.listen()) {
            assertThat(server.getInetAddress().isLoopbackAddress()).as("bound address is loopback").isTrue();
            assertThat(server.getLocalPort()).as("port read back after binding port 0").isPositive();
            assertThat(server.getSoTimeout()).as("accept timeout in ms").isEqualTo(FIVE_SECONDS);
        }
    }

    @Test
    @DisplayName("connects by port and by address with a five second read timeout")
    void connectsWithReadTimeout() throws IOException {
        try (ServerSocket server = Loopback.listen();
                Socket byPort = Loopback.connect(server.getLocalPort());
                Socket byAddress = Loopback.connect(server.getLocalSocketAddress())) {
            assertThat(byPort.isConnected()).as("connected by port").isTrue();
            assertThat(byAddress.getRemoteSocketAddress()).isEqualTo(server.getLocalSocketAddress());
            assertThat(byPort.getSoTimeout()).as("read timeout in ms").isEqualTo(FIVE_SECONDS);
            assertThat(byAddress.getSoTimeout()).as("read timeout in ms").isEqualTo(FIVE_SECONDS);
        }
    }

    @Test
    @DisplayName("gives two connected ends that carry bytes both ways and close together")
    void pairCarriesBytesBothWays() throws IOException {
        ConnectedPair pair = ConnectedPair.open();
        try (pair) {
            pair.client().getOutputStream().write("ping".getBytes(StandardCharsets.US_ASCII));
            pair.server().getOutputStream().write("pong".getBytes(StandardCharsets.US_ASCII));

            assertThat(pair.server().getInputStream().readNBytes(4)).asString(StandardCharsets.US_ASCII)
                    .isEqualTo("ping");
            assertThat(pair.client().getInputStream().readNBytes(4)).asString(StandardCharsets.US_ASCII)
                    .isEqualTo("pong");
            assertThat(pair.server().getSoTimeout()).as("server end read timeout").isEqualTo(FIVE_SECONDS);
            assertThat(pair.client().getSoTimeout()).as("client end read timeout").isEqualTo(FIVE_SECONDS);
        }
        assertThat(pair.client().isClosed()).as("client closed by close()").isTrue();
        assertThat(pair.server().isClosed()).as("server closed by close()").isTrue();
    }
}
