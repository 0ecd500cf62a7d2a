package course.testsupport.peers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("FullBacklogListener")
class FullBacklogListenerTest {

    @Test
    @DisplayName("makes a further connect hang until the connector's own timeout")
    void connectTimesOut() throws IOException {
        try (FullBacklogListener listener = FullBacklogListener.start(); Socket socket = new Socket()) {
            socket.setSoTimeout(5000);

            assertThatThrownBy(() -> socket.connect(listener.address(), 300))
                    .as("a full accept queue drops the SYN, so only the connect timeout ends the wait")
                    .isInstanceOf(SocketTimeoutException.class);
        }
    }
}
