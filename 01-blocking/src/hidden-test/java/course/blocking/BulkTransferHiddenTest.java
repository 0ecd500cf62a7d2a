package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import course.blocking.BulkTransfer.Transfer;
import course.testsupport.grading.Graded;
import course.testsupport.net.ConnectedPair;
import course.testsupport.net.Loopback;
import course.testsupport.peers.FragmentingRelay;
import course.testsupport.run.BackgroundTask;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BulkTransfer (hidden)")
class BulkTransferHiddenTest {

    @Test
    @Graded(exercise = 3, points = 2)
    @DisplayName("receiveAll reads until read() returns -1 (mistake: stopping at a short read or at available() = 0)")
    void keepsReadingUntilEndOfStream() throws Exception {
        byte[] data = pattern(3_000);
        CRC32 expected = new CRC32();
        expected.update(data);
        try (ServerSocket listener = Loopback.listen();
                FragmentingRelay relay = FragmentingRelay.start(
                        new InetSocketAddress(Loopback.address(), listener.getLocalPort()), 3);
                Socket sender = Loopback.connect(relay.port());
                Socket receiver = listener.accept()) {
            receiver.setSoTimeout((int) Loopback.SOCKET_TIMEOUT.toMillis());
            sender.getOutputStream().write(data);
            sender.shutdownOutput();

            Transfer received = BulkTransfer.receiveAll(receiver);

            assertThat(received.bytes())
                    .as("the data arrived in pieces of at most 3 bytes, so most reads were short and often "
                            + "nothing was available yet; only read() == -1 means the sender ended its stream")
                    .isEqualTo(data.length);
            assertThat(received.crc32()).as("CRC32 of the bytes that arrived").isEqualTo(expected.getValue());
        }
    }

    @Test
    @Graded(exercise = 3, points = 2)
    @DisplayName("receiveAll takes 32 MiB through one small buffer (mistake: collecting the whole stream in memory)")
    void receivesThroughOneSmallBuffer() throws Exception {
        byte[] chunk = pattern(1024 * 1024);
        int chunks = 32;
        CRC32 expected = new CRC32();
        for (int i = 0; i < chunks; i++) {
            expected.update(chunk);
        }
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        // The pair is named again last, so it closes first: that wakes a sender still blocked in write().
        try (ConnectedPair pair = ConnectedPair.open();
                BackgroundTask sender = BackgroundTask.start("bulk-sender",
                        () -> sendRepeatedly(pair.client(), chunk, chunks));
                pair) {
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            Transfer received = BulkTransfer.receiveAll(pair.server());
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;

            assertThat(received).as("bytes and CRC32 of the 32 MiB stream")
                    .isEqualTo(new Transfer(32L * chunk.length, expected.getValue()));
            assertThat(allocated)
                    .as("heap bytes allocated by receiveAll while it received 32 MiB; a stream can be longer "
                            + "than any heap, so read it through one fixed 64 KiB buffer and keep only the count "
                            + "and the CRC32, never the bytes themselves")
                    .isLessThan(8L * 1024 * 1024);
            sender.awaitDone(Duration.ofSeconds(2));
        }
    }

    @Test
    @Graded(exercise = 3, points = 1)
    @DisplayName("sendAll and receiveAll carry an empty stream: 0 bytes, CRC32 0 (mistake: counting the final -1)")
    void sendsAndReceivesAnEmptyStream() throws IOException {
        try (ConnectedPair pair = ConnectedPair.open()) {
            // Shorter than the test's time bound: a missing end of stream fails as a read timeout.
            pair.server().setSoTimeout(1_500);
            BulkTransfer.sendAll(pair.client(), new byte[0]);

            Transfer received = receiveOrExplain(pair.server());

            assertThat(received)
                    .as("an empty payload still ends with shutdownOutput(), and the first read() returns -1, "
                            + "which is the end, not a count of bytes")
                    .isEqualTo(new Transfer(0, 0));
        }
    }

    private static Transfer receiveOrExplain(Socket receiver) throws IOException {
        try {
            return BulkTransfer.receiveAll(receiver);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the receiver waited " + receiver.getSoTimeout() + " ms for an end of stream "
                    + "that never came: sendAll must call shutdownOutput() even when the payload is empty", e);
        }
    }

    private static void sendRepeatedly(Socket socket, byte[] chunk, int times) throws IOException {
        OutputStream out = socket.getOutputStream();
        for (int i = 0; i < times; i++) {
            out.write(chunk);
        }
        socket.shutdownOutput();
    }

    private static byte[] pattern(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 13 + i / 253);
        }
        return data;
    }
}
