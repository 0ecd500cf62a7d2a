package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import course.testsupport.detect.LeakCheck;
import course.testsupport.grading.Graded;
import course.testsupport.net.ConnectedPair;
import course.testsupport.run.BackgroundTask;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Swap (hidden)")
class SwapHiddenTest {

    /** Small socket buffers make "larger than the kernel's buffers" true on every machine. */
    private static final int SOCKET_BUFFER_BYTES = 64 * 1024;

    @Test
    @Graded(exercise = 5, points = 2)
    @DisplayName("swap works when the payload sizes differ (mistake: returning before its own writer has finished)")
    void worksWhenThePayloadSizesDiffer() throws Exception {
        byte[] large = randomBytes(12 * 1024 * 1024, 4);
        byte[] tiny = "hi!".getBytes(StandardCharsets.US_ASCII);
        AtomicReference<byte[]> atLargeSender = new AtomicReference<>();
        AtomicReference<byte[]> atTinySender = new AtomicReference<>();
        AtomicBoolean outputShutDownOnReturn = new AtomicBoolean();
        // The pair is named again last, so it closes first: that wakes a swap still blocked in write().
        try (ConnectedPair pair = withSmallBuffers(ConnectedPair.open());
                BackgroundTask largeEnd = BackgroundTask.start("swap-large-end", () -> {
                    atLargeSender.set(Swap.swap(pair.client(), large));
                    outputShutDownOnReturn.set(pair.client().isOutputShutdown());
                });
                BackgroundTask tinyEnd = BackgroundTask.start("swap-tiny-end",
                        () -> atTinySender.set(Swap.swap(pair.server(), tiny)));
                pair) {
            largeEnd.closeOnFailure(pair.server());
            tinyEnd.closeOnFailure(pair.client());
            largeEnd.awaitDone(Duration.ofSeconds(2));
            tinyEnd.awaitDone(Duration.ofSeconds(1));

            assertThat(atLargeSender.get()).as("what the end that sent 12 MiB received").isEqualTo(tiny);
            assertThat(Arrays.equals(atTinySender.get(), large))
                    .as("the end that sent 3 bytes received the whole 12 MiB (got %s bytes)",
                            atTinySender.get() == null ? "no" : atTinySender.get().length)
                    .isTrue();
            assertThat(outputShutDownOnReturn)
                    .as("when swap returned on the end that sent 12 MiB, its output was not shut down yet: its "
                            + "read had finished (3 bytes came in at once) while the writer was still writing; "
                            + "swap must wait for (join) its writer before returning")
                    .isTrue();
        }
    }

    @Test
    @Graded(exercise = 5, points = 2)
    @DisplayName("swap reports the writer's failure (mistake: returning what was read and losing the write error)")
    void reportsTheWritersFailure() throws IOException {
        try (ConnectedPair pair = ConnectedPair.open()) {
            pair.server().getOutputStream().write("reply".getBytes(StandardCharsets.US_ASCII));
            pair.server().shutdownOutput();
            // Makes every write on the client end fail, while reading still works.
            pair.client().shutdownOutput();

            Throwable thrown = catchThrowable(() -> Swap.swap(pair.client(), new byte[1024]));

            assertThat(thrown)
                    .as("the client's output was already shut down, so the writer failed while the reader got the "
                            + "whole reply; an exception on the writer thread is lost unless swap collects it "
                            + "(Future.get(), or a field read after join) and rethrows it as an IOException")
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    @Graded(exercise = 5, points = 2)
    @DisplayName("swap leaves no thread behind when its read fails (mistake: a writer blocked in write forever)")
    void leavesNoThreadBehindWhenItsReadFails() throws Exception {
        byte[] outgoing = new byte[16 * 1024 * 1024];
        LeakCheck leaks = LeakCheck.begin();
        Throwable thrown;
        List<Thread> leftBehind;
        // The pair is named again last, so it closes first: that wakes a swap still blocked in write().
        try (ConnectedPair pair = withShortClientReadTimeout(withSmallBuffers(ConnectedPair.open()));
                BackgroundTask swapper = BackgroundTask.start("swap-client-end",
                        () -> Swap.swap(pair.client(), outgoing));
                pair) {
            thrown = catchThrowable(() -> swapper.awaitDone(Duration.ofSeconds(2)));
            leftBehind = leaks.newThreads().stream().filter(thread -> thread != swapper.thread()).toList();
        }

        assertThat(thrown)
                .as("the peer sent nothing, so swap's read timed out; swap should throw that "
                        + "SocketTimeoutException, after making its writer stop: the writer is blocked in write() "
                        + "because nobody reads, and only closing the socket wakes it")
                .isInstanceOf(IOException.class);
        assertThat(leftBehind)
                .as("threads still alive after swap threw (the connection was still open): a writer that is "
                        + "never stopped and joined stays blocked in write() for as long as the socket lives")
                .isEmpty();
        leaks.assertNoLeaks(Duration.ofSeconds(1));
    }

    private static ConnectedPair withSmallBuffers(ConnectedPair pair) throws IOException {
        for (Socket end : new Socket[] {pair.client(), pair.server()}) {
            end.setSendBufferSize(SOCKET_BUFFER_BYTES);
            end.setReceiveBufferSize(SOCKET_BUFFER_BYTES);
        }
        return pair;
    }

    /** The peer will neither read nor write, so the client's read times out while its writer is stuck. */
    private static ConnectedPair withShortClientReadTimeout(ConnectedPair pair) throws IOException {
        pair.client().setSoTimeout(300);
        return pair;
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] data = new byte[length];
        new SplittableRandom(seed).nextBytes(data);
        return data;
    }
}
