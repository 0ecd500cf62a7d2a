package course.testsupport.peers;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EchoPeer")
class EchoPeerTest {

    @Test
    @DisplayName("echoes what a client sends and ends its stream after the client's")
    void echoesUntilEndOfStream() throws IOException {
        try (EchoPeer peer = EchoPeer.start(); Socket client = Loopback.connect(peer.address())) {
            client.getOutputStream().write("hello, echo".getBytes(StandardCharsets.US_ASCII));
            client.shutdownOutput();

            byte[] echoed = client.getInputStream().readAllBytes();

            assertThat(echoed).asString(StandardCharsets.US_ASCII).isEqualTo("hello, echo");
            assertThat(peer.connectionsAccepted()).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("serves two clients at once, each getting its own bytes back")
    void servesClientsConcurrently() throws IOException {
        try (EchoPeer peer = EchoPeer.start();
                Socket first = Loopback.connect(peer.port());
                Socket second = Loopback.connect(peer.port())) {
            // The second client is answered while the first connection is still open and idle.
            second.getOutputStream().write('B');
            assertThat(second.getInputStream().read()).as("echo to the second client").isEqualTo('B');
            first.getOutputStream().write('A');
            assertThat(first.getInputStream().read()).as("echo to the first client").isEqualTo('A');

            assertThat(peer.connectionsAccepted()).isEqualTo(2);
        }
    }
}
