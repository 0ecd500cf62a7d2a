package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import course.testsupport.grading.Graded;
import course.testsupport.net.ConnectedPair;
import course.testsupport.net.Loopback;
import course.testsupport.peers.EchoPeer;
import course.testsupport.peers.FragmentingRelay;
import course.testsupport.peers.SlowDripSender;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("EchoClient (hidden)")
class EchoClientHiddenTest {

    /** Shorter than the test's time bound, so a read that waits for bytes that never come fails with a reason. */
    private static final int REPLY_TIMEOUT_MILLIS = 1_500;

    @ParameterizedTest(name = "pieces of at most {0} bytes")
    @ValueSource(ints = {1, 2, 3})
    @Graded(exercise = 1, points = 3)
    @DisplayName("echo reads the whole echo when it arrives a few bytes at a time (mistake: a single read)")
    void readsTheWholeEchoWhenItArrivesInPieces(int maxPiece) throws IOException {
        String message = "a message long enough to arrive in many small pieces";
        try (EchoPeer server = EchoPeer.start();
                FragmentingRelay relay = FragmentingRelay.start(server.address(), maxPiece);
                Socket socket = Loopback.connect(relay.port())) {
            String echoed = EchoClient.echo(socket, message);

            assertThat(echoed)
                    .as("the echo arrived in pieces of at most %d bytes; one read() returns only what has arrived "
                            + "so far, so echo must keep reading until it has as many bytes as it sent", maxPiece)
                    .isEqualTo(message);
        }
    }

    @Test
    @Graded(exercise = 1, points = 2)
    @DisplayName("echo decodes multi-byte characters split across reads (mistake: decoding each read on its own)")
    void decodesMultiByteCharactersSplitAcrossReads() throws IOException {
        String message = "héllo wörld ✓ 𝄞";
        byte[] utf8 = message.getBytes(StandardCharsets.UTF_8);
        // Pacing, not synchronisation: one byte every 3 ms makes most reads return a single byte.
        try (SlowDripSender server = SlowDripSender.start(utf8, Duration.ofMillis(3));
                Socket socket = Loopback.connect(server.port())) {
            String echoed = EchoClient.echo(socket, message);

            assertThat(echoed)
                    .as("\"%s\" is %d UTF-8 bytes for %d chars, and its echo arrived one byte at a time: count "
                            + "bytes, not chars, and decode once after all bytes are in, because decoding a piece "
                            + "that ends inside a character yields replacement characters",
                            message, utf8.length, message.length())
                    .isEqualTo(message);
        }
    }

    @Test
    @Graded(exercise = 1, points = 2)
    @DisplayName("echo handles a message of more than 1 MiB (mistake: a fixed-size buffer or a single read)")
    void echoesAMessageOfMoreThanOneMebibyte() throws IOException {
        char[] letters = new char[1024 * 1024 + 1];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) ('a' + i % 26);
        }
        String message = new String(letters);
        try (EchoPeer server = EchoPeer.start(); Socket socket = Loopback.connect(server.port())) {
            String echoed = EchoClient.echo(socket, message);

            assertThat(echoed.length())
                    .as("a 1 MiB echo arrives over many reads; echo must collect all %d bytes", message.length())
                    .isEqualTo(message.length());
            assertThat(echoed.equals(message))
                    .as("the 1 MiB echo has the right length but differs from the message at index %d",
                            Arrays.mismatch(echoed.toCharArray(), letters))
                    .isTrue();
        }
    }

    @Test
    @Graded(exercise = 1, points = 2)
    @DisplayName("echo reads exactly its own echo: not into the next reply, and nothing for an empty message")
    void readsExactlyItsOwnEcho() throws IOException {
        try (ConnectedPair pair = ConnectedPair.open()) {
            pair.client().setSoTimeout(REPLY_TIMEOUT_MILLIS);
            // Two replies that arrive together, as TCP may deliver them: a byte stream keeps no message edges.
            pair.server().getOutputStream().write("onetwo".getBytes(StandardCharsets.UTF_8));

            String empty = echoOrExplain(pair.client(), "");
            String first = echoOrExplain(pair.client(), "one");
            String second = echoOrExplain(pair.client(), "two");

            assertThat(empty).as("echo of an empty message").isEmpty();
            assertThat(first + "|" + second)
                    .as("the server's replies \"one\" and \"two\" arrived in one segment; each echo call must "
                            + "take exactly as many bytes as it sent and leave the rest for the next call")
                    .isEqualTo("one|two");
        }
    }

    private static String echoOrExplain(Socket socket, String message) throws IOException {
        try {
            return EchoClient.echo(socket, message);
        } catch (SocketTimeoutException e) {
            return fail("echo(\"%s\") waited %d ms for bytes that were never sent: it must read exactly as many "
                    + "bytes as the message has (none for an empty message), no more", message,
                    REPLY_TIMEOUT_MILLIS);
        } catch (IOException e) {
            if (socket.isClosed()) {
                return fail("echo(\"%s\") failed with %s because an earlier call closed the socket; the caller "
                        + "owns it, and closing a socket's input or output stream closes the socket", message, e);
            }
            throw e;
        }
    }
}
