package course.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import course.testsupport.grading.Graded;
import course.testsupport.net.ConnectedPair;
import course.testsupport.net.Loopback;
import course.testsupport.peers.EchoPeer;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("EchoClient")
class EchoClientTest {

    @Test
    @Graded(exercise = 1, points = 2)
    @DisplayName("echo returns the echo of a short message")
    void returnsTheEchoOfAShortMessage() throws IOException {
        try (EchoPeer server = EchoPeer.start(); Socket socket = Loopback.connect(server.port())) {
            String echoed = EchoClient.echo(socket, "hello, loopback");

            assertThat(echoed)
                    .as("echo(socket, \"hello, loopback\") through an echo server returns what it sent")
                    .isEqualTo("hello, loopback");
        }
    }

    @Test
    @Graded(exercise = 1, points = 2)
    @DisplayName("echo leaves the socket open, so the caller can send a second message on it")
    void leavesTheSocketOpenForASecondMessage() throws IOException {
        try (EchoPeer server = EchoPeer.start(); Socket socket = Loopback.connect(server.port())) {
            String first = EchoClient.echo(socket, "first");
            boolean closedAfterFirst = socket.isClosed();
            String second = closedAfterFirst ? null : EchoClient.echo(socket, "second");

            assertThat(closedAfterFirst)
                    .as("the socket was closed by echo(): the caller owns the socket, and closing the stream "
                            + "from getInputStream()/getOutputStream() (for example in try-with-resources) "
                            + "closes the whole socket")
                    .isFalse();
            assertThat(first + " " + second)
                    .as("two calls on one connection each return their own echo")
                    .isEqualTo("first second");
        }
    }

    @Test
    @Graded(exercise = 1, points = 2)
    @DisplayName("echo throws EOFException saying how much arrived when the server ends its stream early")
    void throwsEofExceptionWhenTheStreamEndsEarly() throws IOException {
        try (ConnectedPair pair = ConnectedPair.open()) {
            pair.server().getOutputStream().write("hel".getBytes(StandardCharsets.UTF_8));
            pair.server().shutdownOutput();

            Throwable thrown = catchThrowable(() -> EchoClient.echo(pair.client(), "hello"));

            assertThat(thrown)
                    .as("the server sent back only 3 of the 5 bytes and then ended its stream; echo must notice "
                            + "the short count (read() returns -1, readNBytes returns fewer bytes) and throw "
                            + "EOFException instead of returning a partial echo")
                    .isInstanceOf(EOFException.class);
            assertThat(thrown.getMessage())
                    .as("the EOFException's message says how many of how many bytes arrived")
                    .contains("3", "5");
        }
    }

    @Test
    @Graded(exercise = 1, points = 1)
    @DisplayName("main prints the echo of its arguments, or its usage when they are missing")
    void mainPrintsTheEchoOfItsArguments() throws Exception {
        try (EchoPeer server = EchoPeer.start(); ConsoleCapture console = ConsoleCapture.start()) {
            EchoClient.main(new String[0]);
            EchoClient.main(new String[] {"127.0.0.1", String.valueOf(server.port()), "hello", "from", "main"});

            assertThat(console.nextErrLine(Duration.ofSeconds(1))).as("what main prints without arguments")
                    .startsWith("usage");
            assertThat(console.nextOutLine(Duration.ofSeconds(1)))
                    .as("what main prints for the arguments: 127.0.0.1 <port> hello from main")
                    .isEqualTo("hello from main");
        }
    }
}
