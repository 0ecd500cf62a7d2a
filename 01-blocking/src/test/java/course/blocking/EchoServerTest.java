package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import course.testsupport.grading.Graded;
import course.testsupport.net.Loopback;
import course.testsupport.run.StackProbe;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EchoServer")
class EchoServerTest {

    /** Shorter than the test's time bound, so a client waiting for an echo that never comes fails with a reason. */
    private static final int REPLY_TIMEOUT_MILLIS = 1_500;

    @Test
    @Graded(exercise = 2, points = 2)
    @DisplayName("serve echoes what a client sends")
    void echoesWhatAClientSends() throws IOException {
        try (RunningEchoServer server = RunningEchoServer.start(); Socket client = server.connect()) {
            server.send(client, bytes("ping"));
            String echoed = server.readEcho(client, 4);

            assertThat(echoed).as("the bytes a client sent come back to it").isEqualTo("ping");
        }
    }

    @Test
    @Graded(exercise = 2, points = 2)
    @DisplayName("serve takes a second client after the first one has left")
    void servesASecondClientAfterTheFirstHasLeft() throws IOException {
        try (RunningEchoServer server = RunningEchoServer.start()) {
            String first;
            try (Socket client = server.connect()) {
                server.send(client, bytes("one"));
                first = server.readEcho(client, 3);
            }
            String second;
            try (Socket client = server.connect()) {
                server.send(client, bytes("two"));
                second = server.readEcho(client, 3);
            }

            assertThat(first + " " + second)
                    .as("after the first client closed (end of stream), serve closes that client's socket and "
                            + "goes back to accept() for the next one")
                    .isEqualTo("one two");
        }
    }

    @Test
    @Graded(exercise = 2, points = 2)
    @DisplayName("serve returns normally once its listener is closed")
    void returnsNormallyOnceItsListenerIsClosed() throws IOException {
        try (RunningEchoServer server = RunningEchoServer.start()) {
            try (Socket client = server.connect()) {
                server.send(client, bytes("up?"));
                server.readEcho(client, 3);
            }

            server.listener().close();

            assertThatCode(() -> server.task().awaitDone(Duration.ofSeconds(1)))
                    .as("closing the listener is how the owner stops the server: accept() then throws "
                            + "SocketException, and serve should see listener.isClosed() and return normally, "
                            + "neither throwing nor looping on")
                    .doesNotThrowAnyException();
        }
    }

    @Test
    @Graded(exercise = 2, points = 1)
    @DisplayName("main prints the port it listens on and echoes clients there")
    void mainPrintsItsPortAndEchoesClients() throws Exception {
        try (ConsoleCapture console = ConsoleCapture.start();
                RunningMain server = RunningMain.start("echo-server-main", EchoServer::main)) {
            String announcement = console.nextOutLine(Duration.ofSeconds(2));
            String port = announcement.substring(announcement.lastIndexOf(':') + 1);
            String echoed = echoOnce(Integer.parseInt(port), "hi", server);
            boolean backInAccept = StackProbe.awaitBlockedIn(server.thread(), "ServerSocket.accept",
                    Duration.ofSeconds(1));
            boolean stopped = server.stop(Duration.ofSeconds(1));

            assertThat(announcement).as("the line main prints once it listens")
                    .matches("EchoServer listening on 127\\.0\\.0\\.1:\\d+");
            assertThat(echoed).as("the echo a client got from the port main announced").isEqualTo("hi");
            assertThat(backInAccept && stopped)
                    .as("after its client left, serve went back to accept() and ended when interrupted (%s)",
                            server.describe())
                    .isTrue();
        }
    }

    private static String echoOnce(int port, String message, RunningMain server) {
        try (Socket client = Loopback.connect(port)) {
            client.setSoTimeout(REPLY_TIMEOUT_MILLIS);
            client.getOutputStream().write(bytes(message));
            return new String(client.getInputStream().readNBytes(message.length()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new AssertionError("a client of main's server failed (" + e + "); " + server.describe(), e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
