package course.testsupport.peers;

import static org.assertj.core.api.Assertions.assertThat;

import course.testsupport.detect.LeakCheck;
import course.testsupport.net.Loopback;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every peer, once closed")
class PeerHygieneTest {

    /** Starts a peer and returns it with its port; a peer that relays owns its target too. */
    @FunctionalInterface
    interface PeerStarter {
        StartedPeer start() throws IOException;
    }

    record StartedPeer(AutoCloseable peer, int port) {
    }

    static Stream<PeerStarter> peers() {
        return Stream.of(
                named("EchoPeer", () -> {
                    EchoPeer peer = EchoPeer.start();
                    return new StartedPeer(peer, peer.port());
                }),
                named("SilentPeer", () -> {
                    SilentPeer peer = SilentPeer.start();
                    return new StartedPeer(peer, peer.port());
                }),
                named("SlowReaderPeer", () -> {
                    SlowReaderPeer peer = SlowReaderPeer.start(1, Duration.ofSeconds(10));
                    return new StartedPeer(peer, peer.port());
                }),
                named("SlowDripSender", () -> {
                    // Pacing for ten seconds per byte: close() must cut the wait short.
                    SlowDripSender peer = SlowDripSender.start(new byte[] {1, 2, 3}, Duration.ofSeconds(10));
                    return new StartedPeer(peer, peer.port());
                }),
                named("ResettingPeer", () -> {
                    ResettingPeer peer = ResettingPeer.start(100);
                    return new StartedPeer(peer, peer.port());
                }),
                named("FragmentingRelay", () -> {
                    EchoPeer target = EchoPeer.start();
                    FragmentingRelay relay = FragmentingRelay.start(target.address(), 3);
                    AutoCloseable both = () -> {
                        relay.close();
                        target.close();
                    };
                    return new StartedPeer(both, relay.port());
                }),
                named("FullBacklogListener", () -> {
                    FullBacklogListener peer = FullBacklogListener.start();
                    return new StartedPeer(peer, peer.port());
                }));
    }

    private static PeerStarter named(String name, PeerStarter starter) {
        return new PeerStarter() {
            @Override
            public StartedPeer start() throws IOException {
                return starter.start();
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }

    @ParameterizedTest(name = "{0} leaves no thread or socket behind")
    @MethodSource("peers")
    @DisplayName("leaves no thread or socket behind")
    void leavesNothingBehind(PeerStarter starter) throws Exception {
        LeakCheck leaks = LeakCheck.begin();
        StartedPeer started = starter.start();
        AutoCloseable peer = started.peer();
        try (peer; Socket client = connectUnlessBacklogFull(starter, started.port())) {
            sendOneByte(client);
        }
        // Closing again must be harmless.
        peer.close();

        // No grace: close() itself must have joined every thread and closed every socket.
        leaks.assertNoLeaks(Duration.ZERO);
    }

    @ParameterizedTest(name = "{0} frees its port for a new listener")
    @MethodSource("peers")
    @DisplayName("frees its port for a new listener")
    void freesItsPort(PeerStarter starter) throws Exception {
        StartedPeer started = starter.start();
        AutoCloseable peer = started.peer();
        try (peer; Socket client = connectUnlessBacklogFull(starter, started.port())) {
            sendOneByte(client);
        }

        try (ServerSocket again = new ServerSocket()) {
            again.setReuseAddress(true);
            again.bind(new InetSocketAddress(Loopback.address(), started.port()));

            assertThat(again.getLocalPort()).as("port bound again after close()").isEqualTo(started.port());
        }
    }

    /** One byte in flight gives every peer something to do when it is closed. */
    private static void sendOneByte(Socket client) throws IOException {
        if (client != null) {
            client.getOutputStream().write(7);
        }
    }

    /** A full backlog admits no further client; every other peer gets one connected client. */
    private static Socket connectUnlessBacklogFull(PeerStarter starter, int port) throws IOException {
        return starter.toString().equals("FullBacklogListener") ? null : Loopback.connect(port);
    }
}
