package course.testsupport.peers;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SlowDripSender")
class SlowDripSenderTest {

    private static final byte[] DATA = {'d', 'r', 'i', 'p', '!'};
    private static final Duration INTERVAL = Duration.ofMillis(40);

    @Test
    @DisplayName("sends one byte per interval and then ends the stream")
    void dripsOneBytePerInterval() throws IOException {
        try (SlowDripSender sender = SlowDripSender.start(DATA, INTERVAL)) {
            // Taken before connect(): the sender may accept and send its first byte before connect() returns here.
            long start = System.nanoTime();
            try (Socket client = Loopback.connect(sender.address())) {
                InputStream in = client.getInputStream();

                for (int i = 0; i < DATA.length; i++) {
                    int received = in.read();
                    Duration arrival = Duration.ofNanos(System.nanoTime() - start);
                    assertThat(received).as("byte %d", i).isEqualTo(DATA[i]);
                    // Byte i leaves the sender i intervals after its first byte, never earlier.
                    assertThat(arrival).as("arrival of byte %d", i).isGreaterThanOrEqualTo(INTERVAL.multipliedBy(i));
                }

                assertThat(in.read()).as("end of stream after the last byte").isEqualTo(-1);
                assertThat(sender.bytesSent()).isEqualTo(DATA.length);
            }
        }
    }
}
