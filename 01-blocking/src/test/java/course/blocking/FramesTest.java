package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.grading.Graded;
import course.testsupport.net.ConnectedPair;
import course.testsupport.peers.EchoPeer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Frames")
class FramesTest {

    private static final int MAX_LENGTH = 64 * 1024;

    @Test
    @Graded(exercise = 4, points = 2)
    @DisplayName("writeFrame and readFrame carry two frames through a socket")
    void roundTripsTwoFrames() throws IOException {
        byte[] small = "hello".getBytes(StandardCharsets.US_ASCII);
        byte[] larger = pattern(20_000);
        try (ConnectedPair pair = ConnectedPair.open()) {
            Frames.writeFrame(pair.client().getOutputStream(), small);
            Frames.writeFrame(pair.client().getOutputStream(), larger);
            InputStream in = pair.server().getInputStream();

            Optional<byte[]> first = Frames.readFrame(in, MAX_LENGTH);
            Optional<byte[]> second = Frames.readFrame(in, MAX_LENGTH);

            assertThat(describe(first, small)).as("the first frame read back").isEqualTo("5 bytes, as sent");
            assertThat(describe(second, larger))
                    .as("the second frame read back; it was sent right after the first, so a read that took more "
                            + "than the first frame's 4 + 5 bytes would have eaten into it")
                    .isEqualTo("20000 bytes, as sent");
        }
    }

    @Test
    @Graded(exercise = 4, points = 2)
    @DisplayName("writeFrame writes a 4-byte big-endian length before the payload")
    void writesABigEndianLengthBeforeThePayload() throws IOException {
        byte[] payload = pattern(258);
        try (ConnectedPair pair = ConnectedPair.open()) {
            Frames.writeFrame(pair.client().getOutputStream(), payload);
            pair.client().shutdownOutput();

            byte[] onTheWire = pair.server().getInputStream().readAllBytes();

            assertThat(onTheWire.length).as("bytes on the wire for a 258-byte payload: 4 of header, then the body")
                    .isEqualTo(262);
            assertThat(new byte[] {onTheWire[0], onTheWire[1], onTheWire[2], onTheWire[3]})
                    .as("the header for length 258 = 0x00000102, most significant byte first (big-endian, "
                            + "network byte order), as DataOutputStream.writeInt and ByteBuffer.putInt write it")
                    .containsExactly(0, 0, 1, 2);
        }
    }

    @Test
    @Graded(exercise = 4, points = 2)
    @DisplayName("readFrame returns empty when the stream ends cleanly between frames")
    void returnsEmptyWhenTheStreamEndsBetweenFrames() throws IOException {
        try (ConnectedPair pair = ConnectedPair.open()) {
            pair.client().getOutputStream().write(new byte[] {0, 0, 0, 3, 'a', 'b', 'c'});
            pair.client().shutdownOutput();
            InputStream in = pair.server().getInputStream();

            Optional<byte[]> frame = Frames.readFrame(in, MAX_LENGTH);
            Optional<byte[]> afterLast = Frames.readFrame(in, MAX_LENGTH);

            assertThat(frame).as("the one frame on the wire: header 0,0,0,3 then \"abc\"").hasValueSatisfying(
                    body -> assertThat(new String(body, StandardCharsets.US_ASCII)).isEqualTo("abc"));
            assertThat(afterLast)
                    .as("the stream ended before the first byte of another header: that is a clean end, "
                            + "reported as Optional.empty(), not an error")
                    .isEmpty();
        }
    }

    @Test
    @Graded(exercise = 4, points = 1)
    @DisplayName("main sends each argument as a frame and prints the frames that come back")
    void mainSendsEachArgumentAsAFrame() throws Exception {
        try (EchoPeer server = EchoPeer.start(); ConsoleCapture console = ConsoleCapture.start()) {
            Frames.main(new String[0]);
            Frames.main(new String[] {"127.0.0.1", String.valueOf(server.port()), "first", "second frame"});

            assertThat(console.nextErrLine(Duration.ofSeconds(1))).as("what main prints without arguments")
                    .startsWith("usage");
            assertThat(console.nextOutLine(Duration.ofSeconds(1)) + " | " + console.nextOutLine(Duration.ofSeconds(1)))
                    .as("the two frames an echo server sent back, one per line")
                    .isEqualTo("first | second frame");
        }
    }

    private static String describe(Optional<byte[]> frame, byte[] sent) {
        if (frame.isEmpty()) {
            return "no frame (Optional.empty())";
        }
        int mismatch = Arrays.mismatch(frame.get(), sent);
        return frame.get().length + " bytes, " + (mismatch < 0 ? "as sent" : "differing at index " + mismatch);
    }

    private static byte[] pattern(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 17 + i / 255);
        }
        return data;
    }
}
