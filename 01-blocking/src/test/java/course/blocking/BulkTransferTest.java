package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import course.blocking.BulkTransfer.Transfer;
import course.testsupport.grading.Graded;
import course.testsupport.net.ConnectedPair;
import course.testsupport.run.BackgroundTask;
import course.testsupport.run.StackProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.zip.CRC32;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("BulkTransfer")
class BulkTransferTest {

    private static final long SEED_BYTES = 136_314_880L;

    /** Shorter than the test's time bound, so a receiver waiting for a missing end of stream fails with a reason. */
    private static final int END_OF_STREAM_TIMEOUT_MILLIS = 1_500;

    private static final String NO_END_OF_STREAM = "the receiver waited " + END_OF_STREAM_TIMEOUT_MILLIS
            + " ms for an end of stream that never came: after its last write, sendAll must call "
            + "socket.shutdownOutput(), which the receiver sees as read() returning -1";

    @Test
    @Graded(exercise = 3, points = 3)
    @DisplayName("sendAll stays blocked in write while the receiver pauses, then delivers all 136,314,880 bytes")
    void keepsTheSenderBlockedWhileTheReceiverPauses() throws Exception {
        byte[] payload = BulkTransfer.seedPayload();
        CRC32 expected = new CRC32();
        expected.update(payload);
        // The pair is named again last, so it closes first: that wakes a sender still blocked in write().
        try (ConnectedPair pair = ConnectedPair.open();
                BackgroundTask sender = BackgroundTask.start("bulk-sender",
                        () -> BulkTransfer.sendAll(pair.client(), payload));
                pair) {
            sender.closeOnFailure(pair.server());
            pair.server().setSoTimeout(END_OF_STREAM_TIMEOUT_MILLIS);
            // The receiver pauses: nothing reads pair.server() until the sender is seen blocked.
            boolean blockedWhilePaused = StackProbe.awaitBlockedIn(sender.thread(), "NioSocketImpl.write",
                    Duration.ofSeconds(2));
            boolean finishedWhilePaused = sender.isDone();
            Transfer received = receiveOrExplain(pair.server(), sender);

            assertThat(blockedWhilePaused)
                    .as("while nobody read the other end, sendAll's thread should have been blocked inside "
                            + "the socket's write(): the receiver's buffer and the sender's buffer were full, so "
                            + "the kernel could take no more. %s", sender.describeFailure())
                    .isTrue();
            assertThat(finishedWhilePaused)
                    .as("sendAll returned before the receiver read anything: 136 MB cannot fit in the socket "
                            + "buffers, so a blocking sendAll must still be writing")
                    .isFalse();
            assertThat(received.bytes())
                    .as("bytes counted by receiveAll once the receiver resumed (the seed payload is %,d)", SEED_BYTES)
                    .isEqualTo(SEED_BYTES);
            assertThat(received.crc32())
                    .as("CRC32 of what receiveAll read, compared with the CRC32 of the payload that was sent")
                    .isEqualTo(expected.getValue());
            sender.awaitDone(Duration.ofSeconds(2));
        }
    }

    @Test
    @Graded(exercise = 3, points = 2)
    @DisplayName("sendAll half-closes, so the receiver sees end of stream and can still answer the sender")
    void sendAllHalfCloses() throws Exception {
        byte[] payload = "a short payload, then end of stream".getBytes(StandardCharsets.US_ASCII);
        try (ConnectedPair pair = ConnectedPair.open()) {
            pair.server().setSoTimeout(END_OF_STREAM_TIMEOUT_MILLIS);
            BulkTransfer.sendAll(pair.client(), payload);
            byte[] arrived = readToEnd(pair.server());
            boolean senderClosed = pair.client().isClosed();
            pair.server().getOutputStream().write('k');
            int answer = senderClosed ? -1 : pair.client().getInputStream().read();

            assertThat(arrived)
                    .as("the receiver read everything up to end of stream; that end of stream comes from "
                            + "shutdownOutput() after the last write")
                    .isEqualTo(payload);
            assertThat(senderClosed)
                    .as("sendAll closed the socket; it should only shut down its output (a half-close), so "
                            + "the connection can still carry the receiver's answer")
                    .isFalse();
            assertThat(answer).as("the byte the receiver sent back after the sender's end of stream").isEqualTo('k');
        }
    }

    @Test
    @Graded(exercise = 3, points = 2)
    @DisplayName("receiveAll counts and checksums exactly the bytes that arrived in several writes")
    void receiveAllCountsExactlyTheBytesThatArrived() throws IOException {
        byte[] data = new byte[20_105];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7 + i / 256);
        }
        CRC32 expected = new CRC32();
        expected.update(data);
        try (ConnectedPair pair = ConnectedPair.open()) {
            OutputStream out = pair.client().getOutputStream();
            out.write(data, 0, 100);
            out.write(data, 100, 20_000);
            out.write(data, 20_100, 5);
            pair.client().shutdownOutput();

            Transfer received = BulkTransfer.receiveAll(pair.server());

            assertThat(received.bytes())
                    .as("bytes sent in writes of 100, 20,000 and 5 before end of stream: count what each read() "
                            + "returned, until it returns -1")
                    .isEqualTo(20_105);
            assertThat(received.crc32())
                    .as("CRC32 of those bytes: update it with buffer[0, n), only the n bytes the last read "
                            + "returned, never the whole buffer")
                    .isEqualTo(expected.getValue());
        }
    }

    @Test
    @Graded(exercise = 3, points = 1)
    @DisplayName("main receives what main sends, and prints its usage without arguments")
    void mainReceivesWhatMainSends() throws Exception {
        CRC32 expected = new CRC32();
        expected.update(BulkTransfer.seedPayload());
        try (ConsoleCapture console = ConsoleCapture.start();
                RunningMain receiver = RunningMain.start("bulk-receive-main", BulkTransfer::main, "receive")) {
            String announcement = console.nextOutLine(Duration.ofSeconds(2));
            String port = announcement.substring(announcement.lastIndexOf(':') + 1);
            BulkTransfer.main(new String[] {"send", "127.0.0.1", port});
            String report = console.nextOutLine(Duration.ofSeconds(2));
            BulkTransfer.main(new String[0]);

            assertThat(announcement).as("what \"receive\" prints first").startsWith("listening on 127.0.0.1:");
            assertThat(report).as("what \"receive\" prints once \"send\" is done (%s)", receiver.describe())
                    .isEqualTo(String.format(Locale.ROOT, "received %,d bytes, CRC32 %08x", SEED_BYTES,
                            expected.getValue()));
            assertThat(console.nextErrLine(Duration.ofSeconds(1))).as("what main prints without arguments")
                    .startsWith("usage");
        }
    }

    private static Transfer receiveOrExplain(Socket receiver, BackgroundTask sender) throws IOException {
        try {
            return BulkTransfer.receiveAll(receiver);
        } catch (SocketTimeoutException e) {
            throw new AssertionError(NO_END_OF_STREAM, e);
        } catch (IOException e) {
            if (sender.failure().isPresent()) {
                throw new AssertionError("receiveAll failed (" + e + ") because " + sender.describeFailure(), e);
            }
            throw e;
        }
    }

    private static byte[] readToEnd(Socket socket) throws IOException {
        try {
            return socket.getInputStream().readAllBytes();
        } catch (SocketTimeoutException e) {
            throw new AssertionError(NO_END_OF_STREAM, e);
        }
    }
}
