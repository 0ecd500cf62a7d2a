package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.detect.LeakCheck;
import course.testsupport.grading.Graded;
import course.testsupport.peers.FragmentingRelay;
import course.testsupport.peers.ResettingPeer;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EchoServer (hidden)")
class EchoServerHiddenTest {

    @Test
    @Graded(exercise = 2, points = 3)
    @DisplayName("serve goes on after a client resets its connection (mistake: letting one client's error escape)")
    void keepsServingAfterAClientResets() throws IOException {
        try (RunningEchoServer server = RunningEchoServer.start()) {
            try (Socket aborting = server.connect()) {
                server.send(aborting, bytes("abandoned"));
                ResettingPeer.resetConnection(aborting);
            }
            String echoed;
            try (Socket client = server.connect()) {
                server.send(client, bytes("still there?"));
                echoed = new String(server.readExactly(client, 12), StandardCharsets.US_ASCII);
            }

            assertThat(echoed)
                    .as("a client that resets makes the server's read or write throw (\"Connection reset\"); "
                            + "serve must catch that for this client, report it, close the socket, and accept "
                            + "the next client")
                    .isEqualTo("still there?");
        }
    }

    @Test
    @Graded(exercise = 2, points = 2)
    @DisplayName("serve closes a client's socket after its end of stream (mistake: waiting on after read() = -1)")
    void closesAClientsSocketAfterItsEndOfStream() throws IOException {
        byte[] message = pattern(100_000);
        try (RunningEchoServer server = RunningEchoServer.start(); Socket client = server.connect()) {
            server.send(client, message);
            client.shutdownOutput();
            byte[] echoed = server.readToEnd(client);

            assertThat(echoed.length)
                    .as("a client that half-closed (shutdownOutput) still reads the whole echo, then end of stream")
                    .isEqualTo(message.length);
            assertThat(Arrays.mismatch(echoed, message))
                    .as("index of the first echoed byte that differs from what the client sent (-1: none)")
                    .isEqualTo(-1);
        }
    }

    @Test
    @Graded(exercise = 2, points = 2)
    @DisplayName("serve echoes exactly the bytes each read returned (mistake: writing the whole buffer back)")
    void echoesExactlyTheBytesEachReadReturned() throws IOException {
        byte[] message = pattern(3_000);
        try (RunningEchoServer server = RunningEchoServer.start();
                FragmentingRelay relay = FragmentingRelay.start(server.address(), 3);
                Socket client = server.connectVia(relay.port())) {
            server.send(client, message);
            byte[] echoed = server.readExactly(client, message.length);

            assertThat(Arrays.mismatch(echoed, message))
                    .as("index of the first echoed byte that differs from what the client sent (-1: none); the "
                            + "input arrived in pieces of at most 3 bytes, so each read() filled only the start "
                            + "of the buffer: write back buffer[0, n), where n is what that read() returned")
                    .isEqualTo(-1);
        }
    }

    @Test
    @Graded(exercise = 2, points = 2)
    @DisplayName("serve closes every client's socket, after end of stream and after a reset (mistake: leaking them)")
    void closesEveryClientsSocket() throws IOException {
        LeakCheck leaks = LeakCheck.begin();
        try (RunningEchoServer server = RunningEchoServer.start()) {
            try (Socket aborting = server.connect()) {
                server.send(aborting, bytes("abandoned"));
                ResettingPeer.resetConnection(aborting);
            }
            try (Socket client = server.connect()) {
                server.send(client, bytes("bye"));
                server.readExactly(client, 3);
            }
        }

        try {
            leaks.assertNoLeaks(Duration.ofSeconds(1));
        } catch (AssertionError e) {
            throw new AssertionError("after one client reset its connection, another ended its stream, and the "
                    + "listener was closed, serve left something open. Each accepted socket must be closed on "
                    + "every path (try-with-resources around the client's copy loop). " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] pattern(int length) {
        byte[] data = new byte[length];
        for (int i = 0; i < length; i++) {
            data[i] = (byte) (i * 31 + i / 251);
        }
        return data;
    }
}
