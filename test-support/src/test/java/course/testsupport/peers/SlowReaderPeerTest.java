package course.testsupport.peers;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.net.Loopback;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SlowReaderPeer")
class SlowReaderPeerTest {

    private static final int BYTES_PER_TICK = 500;
    private static final Duration TICK = Duration.ofMillis(20);
    private static final int SIZE = 6000;

    @Test
    @DisplayName("reads no faster than bytesPerTick per tick and counts every byte with its CRC32")
    void readsAtBoundedRate() throws IOException, InterruptedException {
        byte[] data = new byte[SIZE];
        new Random(42).nextBytes(data);
        CRC32 expected = new CRC32();
        expected.update(data);
        try (SlowReaderPeer peer = SlowReaderPeer.start(BYTES_PER_TICK, TICK);
                Socket client = Loopback.connect(peer.address())) {
            long start = System.nanoTime();
            client.getOutputStream().write(data);
            client.shutdownOutput();

            peer.awaitEndOfStream(Duration.ofSeconds(3));
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            // 6000 bytes need at least 12 reads of 500, with a full tick of pacing between two reads.
            Duration minimum = TICK.multipliedBy(SIZE / BYTES_PER_TICK - 1);
            assertThat(elapsed).as("time to read %d bytes at %d bytes per %d ms", SIZE, BYTES_PER_TICK,
                    TICK.toMillis()).isGreaterThanOrEqualTo(minimum);
            assertThat(peer.bytesRead()).isEqualTo(SIZE);
            assertThat(peer.crc32()).as("CRC32 of the bytes read, in order").isEqualTo(expected.getValue());
        }
    }
}
