package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.Graded;
import course.testsupport.net.ConnectedPair;
import course.testsupport.peers.EchoPeer;
import course.testsupport.run.BackgroundTask;
import course.testsupport.run.StackProbe;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Swap")
class SwapTest {

    /** Small socket buffers make "larger than the kernel's buffers" true on every machine. */
    private static final int SOCKET_BUFFER_BYTES = 64 * 1024;

    /** Shorter than the test's time bound, so a peer waiting for a missing end of stream fails with a reason. */
    private static final int END_OF_STREAM_TIMEOUT_MILLIS = 1_500;

    @Test
    @Graded(exercise = 5, points = 3)
    @DisplayName("swap exchanges 16 MiB each way when both ends call it at the same time")
    void exchangesSixteenMebibytesEachWay() throws Exception {
        byte[] fromClient = randomBytes(16 * 1024 * 1024, 1);
        byte[] fromServer = randomBytes(16 * 1024 * 1024, 2);
        AtomicReference<byte[]> atClient = new AtomicReference<>();
        AtomicReference<byte[]> atServer = new AtomicReference<>();
        // The pair is named again last, so it closes first: that wakes a swap still blocked in write().
        try (ConnectedPair pair = withSmallBuffers(ConnectedPair.open());
                BackgroundTask clientEnd = BackgroundTask.start("swap-client-end",
                        () -> atClient.set(Swap.swap(pair.client(), fromClient)));
                BackgroundTask serverEnd = BackgroundTask.start("swap-server-end",
                        () -> atServer.set(Swap.swap(pair.server(), fromServer)));
                pair) {
            Optional<String> stuck = stuckAfter(Duration.ofSeconds(3), clientEnd, serverEnd);
            String diagnosis = stuck.map(stack -> diagnoseDeadlock(clientEnd, serverEnd, stack)).orElse("");

            assertThat(stuck).withFailMessage(diagnosis).isEmpty();
            assertThat(Stream.of(clientEnd.describeFailure(), serverEnd.describeFailure())
                    .filter(failure -> !failure.isEmpty()).collect(Collectors.joining("; ")))
                    .as("how the two swap calls ended (nothing means both returned normally)").isEmpty();
            assertThat(difference(atClient.get(), fromServer))
                    .as("what the client end's swap returned, compared with what the server end sent").isEmpty();
            assertThat(difference(atServer.get(), fromClient))
                    .as("what the server end's swap returned, compared with what the client end sent").isEmpty();
        }
    }

    @Test
    @Graded(exercise = 5, points = 2)
    @DisplayName("swap sends everything, half-closes, and returns the peer's reply")
    void sendsEverythingAndHalfCloses() throws Exception {
        byte[] outgoing = randomBytes(4 * 1024 * 1024, 3);
        AtomicReference<byte[]> returned = new AtomicReference<>();
        // The pair is named again last, so it closes first: that wakes a swap still blocked in write().
        try (ConnectedPair pair = peerHasReplied(withSmallBuffers(ConnectedPair.open()), "reply");
                BackgroundTask swapper = BackgroundTask.start("swap-client-end",
                        () -> returned.set(Swap.swap(pair.client(), outgoing)));
                pair) {
            swapper.closeOnFailure(pair.server());
            byte[] arrived = readToEnd(pair.server(), swapper);
            swapper.awaitDone(Duration.ofSeconds(2));

            assertThat(difference(arrived, outgoing))
                    .as("what the peer read up to end of stream, compared with the 4 MiB swap was given; the end "
                            + "of stream comes from shutdownOutput() after the last write").isEmpty();
            assertThat(returned.get()).as("what swap returned: the peer's 5-byte reply").isEqualTo(ascii("reply"));
        }
    }

    @Test
    @Graded(exercise = 5, points = 1)
    @DisplayName("swap returns an empty array when the peer sends nothing")
    void returnsAnEmptyArrayWhenThePeerSendsNothing() throws Exception {
        AtomicReference<byte[]> returned = new AtomicReference<>();
        try (ConnectedPair pair = peerHasReplied(ConnectedPair.open(), "");
                BackgroundTask swapper = BackgroundTask.start("swap-client-end",
                        () -> returned.set(Swap.swap(pair.client(), ascii("hello"))));
                pair) {
            swapper.closeOnFailure(pair.server());
            byte[] arrived = readToEnd(pair.server(), swapper);
            swapper.awaitDone(Duration.ofSeconds(2));

            assertThat(new String(arrived, StandardCharsets.US_ASCII)).as("what the peer received").isEqualTo("hello");
            assertThat(returned.get()).as("what swap returned when the peer ended its stream at once").isEmpty();
        }
    }

    @Test
    @Graded(exercise = 5, points = 1)
    @DisplayName("main swaps a payload with an echo server and prints how much came back")
    void mainSwapsAPayloadWithAnEchoServer() throws Exception {
        try (EchoPeer server = EchoPeer.start(); ConsoleCapture console = ConsoleCapture.start()) {
            Swap.main(new String[0]);
            Swap.main(new String[] {"127.0.0.1", String.valueOf(server.port()), "1048576"});

            assertThat(console.nextErrLine(Duration.ofSeconds(1))).as("what main prints without arguments")
                    .startsWith("usage");
            assertThat(console.nextOutLine(Duration.ofSeconds(1)))
                    .as("what main prints after swapping 1 MiB with an echo server, which sends it all back")
                    .isEqualTo("sent 1048576 bytes, received 1048576");
        }
    }

    private static ConnectedPair withSmallBuffers(ConnectedPair pair) throws IOException {
        for (Socket end : new Socket[] {pair.client(), pair.server()}) {
            end.setSendBufferSize(SOCKET_BUFFER_BYTES);
            end.setReceiveBufferSize(SOCKET_BUFFER_BYTES);
        }
        return pair;
    }

    /** The peer sends its whole reply and ends its stream before swap starts; it reads only later. */
    private static ConnectedPair peerHasReplied(ConnectedPair pair, String reply) throws IOException {
        pair.server().getOutputStream().write(ascii(reply));
        pair.server().shutdownOutput();
        return pair;
    }

    /** Waits for both tasks; returns the still-running task's stack description if they did not both finish. */
    private static Optional<String> stuckAfter(Duration limit, BackgroundTask... tasks) {
        long deadline = System.nanoTime() + limit.toNanos();
        for (BackgroundTask task : tasks) {
            try {
                task.awaitDone(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (AssertionError stillRunning) {
                return Optional.of(String.valueOf(stillRunning.getMessage()));
            } catch (Exception failed) {
                // Reported by describeFailure() once the test has checked that both ended.
            }
        }
        return Optional.empty();
    }

    private static String diagnoseDeadlock(BackgroundTask clientEnd, BackgroundTask serverEnd, String stack) {
        boolean clientWriting = StackProbe.isBlockedIn(clientEnd.thread(), "NioSocketImpl.write");
        boolean serverWriting = StackProbe.isBlockedIn(serverEnd.thread(), "NioSocketImpl.write");
        String where = clientWriting && serverWriting
                ? "Both swap threads are blocked inside socket write(): that is the deadlock. Each end writes "
                        + "before it reads; once its send buffer and the peer's receive buffer are full, write() "
                        + "waits for the peer to read, and the peer is waiting in its own write() for the same. "
                        + "Write on a second thread while the calling thread reads."
                : "Blocked inside socket write(): client end " + clientWriting + ", server end " + serverWriting
                        + ". Look at where the unfinished thread waits:\n" + stack;
        return "Both ends called swap with 16 MiB at once (socket buffers of 64 KiB), and after 3 s they had not "
                + "both returned. " + where;
    }

    private static byte[] readToEnd(Socket peer, BackgroundTask swapper) throws IOException {
        peer.setSoTimeout(END_OF_STREAM_TIMEOUT_MILLIS);
        try {
            return peer.getInputStream().readAllBytes();
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the peer waited " + END_OF_STREAM_TIMEOUT_MILLIS + " ms for an end of "
                    + "stream that never came: after its last write, swap must call shutdownOutput()", e);
        } catch (IOException e) {
            throw new AssertionError("the peer could not read to end of stream (" + e + "); "
                    + swapper.describeFailure(), e);
        }
    }

    private static String difference(byte[] actual, byte[] expected) {
        if (actual == null) {
            return "nothing (swap did not return)";
        }
        int mismatch = Arrays.mismatch(actual, expected);
        return mismatch < 0 ? "" : "got " + actual.length + " of " + expected.length + " bytes, first difference "
                + "at index " + mismatch;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] data = new byte[length];
        new SplittableRandom(seed).nextBytes(data);
        return data;
    }
}
