package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import course.testsupport.grading.Graded;
import course.testsupport.net.ConnectedPair;
import course.testsupport.net.Loopback;
import course.testsupport.peers.SlowDripSender;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ProtocolException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Frames (hidden)")
class FramesHiddenTest {

    private static final int MAX_LENGTH = 1024;

    @Test
    @Graded(exercise = 4, points = 2)
    @DisplayName("readFrame rejects a length of Integer.MAX_VALUE before allocating or reading (mistake: trusting it)")
    void rejectsAHugeLengthBeforeAllocatingOrReading() throws IOException {
        try (ConnectedPair pair = ConnectedPair.open()) {
            pair.client().getOutputStream().write(concat(header(Integer.MAX_VALUE), ascii("body")));
            pair.client().shutdownOutput();
            InputStream in = pair.server().getInputStream();

            Throwable thrown = catchThrowable(() -> Frames.readFrame(in, MAX_LENGTH));
            String unread = new String(in.readAllBytes(), StandardCharsets.US_ASCII);

            assertThat(thrown)
                    .as("a header announced %d bytes with maxLength %d; the length comes from the network, so "
                            + "check it against maxLength first and throw ProtocolException", Integer.MAX_VALUE,
                            MAX_LENGTH)
                    .isInstanceOf(ProtocolException.class);
            assertThat(digitsOf(thrown.getMessage()))
                    .as("the ProtocolException's message names the announced length and the limit")
                    .contains("2147483647", "1024");
            assertThat(unread)
                    .as("the bytes after the rejected header must still be unread: reject before reading the body")
                    .isEqualTo("body");
        }
    }

    @Test
    @Graded(exercise = 4, points = 1)
    @DisplayName("readFrame rejects a negative length (mistake: checking only the upper limit)")
    void rejectsANegativeLength() throws IOException {
        try (ConnectedPair pair = ConnectedPair.open()) {
            pair.client().getOutputStream().write(concat(header(-1), ascii("body")));
            pair.client().shutdownOutput();

            Throwable thrown = catchThrowable(() -> Frames.readFrame(pair.server().getInputStream(), MAX_LENGTH));

            assertThat(thrown)
                    .as("the header 0xFFFFFFFF is the int -1: a length can never be negative, so readFrame "
                            + "throws ProtocolException, as for a length above maxLength")
                    .isInstanceOf(ProtocolException.class);
            assertThat(thrown.getMessage()).as("the ProtocolException's message names the announced length")
                    .contains("-1");
        }
    }

    @Test
    @Graded(exercise = 4, points = 2)
    @DisplayName("readFrame tells a stream cut in the header from one cut in the body (mistake: empty for both)")
    void tellsACutHeaderFromACutBody() throws IOException {
        Throwable cutInHeader = readAfterSending(new byte[] {0, 0});
        Throwable cutInBody = readAfterSending(concat(header(10), ascii("abc")));

        assertThat(cutInHeader)
                .as("the stream ended after 2 of the 4 header bytes: a frame was cut short, which is an "
                        + "EOFException; Optional.empty() is only for an end before the first header byte")
                .isInstanceOf(EOFException.class);
        assertThat(digitsOf(cutInHeader.getMessage()))
                .as("the message says how much of the header arrived (2 of 4 bytes)").contains("2", "4");
        assertThat(cutInBody)
                .as("the stream ended after 3 of the 10 announced body bytes: readFrame throws EOFException "
                        + "rather than returning a short body")
                .isInstanceOf(EOFException.class);
        assertThat(digitsOf(cutInBody.getMessage()))
                .as("the message says how much of the body arrived (3 of 10 bytes)").contains("3", "10");
    }

    @Test
    @Graded(exercise = 4, points = 2)
    @DisplayName("readFrame reads back-to-back frames of 5, 0 and maxLength bytes arriving a byte at a time")
    void readsBackToBackFramesArrivingAByteAtATime() throws IOException {
        int maxLength = 16;
        byte[] first = ascii("first");
        byte[] atLimit = ascii("sixteen bytes!!!");
        byte[] wire = concat(header(5), first, header(0), header(maxLength), atLimit);
        // Pacing, not synchronisation: one byte every 2 ms makes most reads return a single byte.
        try (SlowDripSender server = SlowDripSender.start(wire, Duration.ofMillis(2));
                Socket socket = Loopback.connect(server.port())) {
            InputStream in = socket.getInputStream();

            String one = readAndDescribe(in, maxLength, first);
            String two = readAndDescribe(in, maxLength, new byte[0]);
            String three = readAndDescribe(in, maxLength, atLimit);
            String end = readAndDescribe(in, maxLength, null);

            assertThat(one)
                    .as("the first frame; header and body arrived a byte at a time, so one read() returns a piece: "
                            + "read until you have all 4 header bytes, then all of the body")
                    .isEqualTo("5 bytes, as sent");
            assertThat(two).as("a zero-length frame is legal: an empty array, not the end of the stream")
                    .isEqualTo("0 bytes, as sent");
            assertThat(three).as("a frame of exactly maxLength (%d) bytes is allowed: reject only longer ones",
                    maxLength).isEqualTo(maxLength + " bytes, as sent");
            assertThat(end).as("after the last frame the stream ends cleanly").isEqualTo("no frame");
        }
    }

    private static Throwable readAfterSending(byte[] wire) throws IOException {
        try (ConnectedPair pair = ConnectedPair.open()) {
            pair.client().getOutputStream().write(wire);
            pair.client().shutdownOutput();
            return catchThrowable(() -> Frames.readFrame(pair.server().getInputStream(), MAX_LENGTH));
        }
    }

    private static String readAndDescribe(InputStream in, int maxLength, byte[] sent) {
        Optional<byte[]> frame;
        try {
            frame = Frames.readFrame(in, maxLength);
        } catch (IOException | RuntimeException e) {
            return "threw " + e;
        }
        if (frame.isEmpty()) {
            return "no frame";
        }
        int mismatch = sent == null ? 0 : Arrays.mismatch(frame.get(), sent);
        return frame.get().length + " bytes, " + (mismatch < 0 ? "as sent" : "differing at index " + mismatch);
    }

    /** Drops thousands separators, so "2,147,483,647" and "2147483647" both name the same number. */
    private static String digitsOf(String message) {
        return String.valueOf(message).replaceAll("(?<=\\d)[,_'\\u00a0\\u202f](?=\\d)", "");
    }

    private static byte[] header(int length) {
        return ByteBuffer.allocate(4).putInt(length).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            joined.writeBytes(part);
        }
        return joined.toByteArray();
    }
}
