package course.testsupport.detect;

import com.sun.management.UnixOperatingSystemMXBean;
import course.testsupport.net.ConnectedPair;
import course.testsupport.run.StackProbe;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Counts this process's open file descriptors and, where /proc exists, says what each one is.
 */
final class Descriptors {

    private static final Path FD_DIR = Path.of("/proc/self/fd");
    private static final Duration PRIMING_LIMIT = Duration.ofSeconds(2);
    private static boolean primed;

    private Descriptors() {
    }

    static long count() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof UnixOperatingSystemMXBean unix) {
            return unix.getOpenFileDescriptorCount();
        }
        return targets().size();
    }

    /**
     * Opens, once per JVM, the descriptors the JDK then keeps for good, so that a snapshot taken afterwards does
     * not mistake them for leaks of the code under test: the socket pair the JDK uses to close sockets that other
     * threads are blocked on (made with the first socket object), and the epoll descriptors of the pollers that
     * serve virtual threads blocked in socket I/O (started by the first such block).
     */
    static synchronized void primeSocketMachinery() {
        if (primed) {
            return;
        }
        primed = true;
        try (ConnectedPair pair = ConnectedPair.open()) {
            Thread reader = Thread.ofVirtual().start(() -> {
                try {
                    pair.server().getInputStream().read();
                } catch (IOException expected) {
                    // Ends when its socket is closed under it; parking in this read is what starts the pollers.
                }
            });
            StackProbe.awaitBlockedIn(reader, "NioSocketImpl.implRead", PRIMING_LIMIT);
            // Closing the socket under the blocked read is what wakes it.
            pair.server().close();
            reader.join(PRIMING_LIMIT);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("could not prime the JDK's socket machinery before a leak check", e);
        }
    }

    /** Descriptor number to what it points at, e.g. "socket:[81234]"; empty without /proc. */
    static Map<String, String> targets() {
        Map<String, String> targets = new TreeMap<>();
        try (Stream<Path> entries = Files.list(FD_DIR)) {
            for (Path entry : entries.toList()) {
                try {
                    targets.put(entry.getFileName().toString(), Files.readSymbolicLink(entry).toString());
                } catch (IOException closedMeanwhile) {
                    // The descriptor was closed between listing and reading: it is not open any more.
                }
            }
        } catch (IOException | UnsupportedOperationException noProc) {
            return Map.of();
        }
        return targets;
    }

    /** Descriptors open now that were not open (with the same target) in the earlier snapshot. */
    static List<String> added(Map<String, String> before) {
        return targets().entrySet().stream()
                .filter(entry -> !entry.getValue().equals(before.get(entry.getKey())))
                // The directory listing itself holds one descriptor while it runs.
                .filter(entry -> !entry.getValue().startsWith("/proc/"))
                .map(entry -> "fd " + entry.getKey() + " -> " + entry.getValue())
                .toList();
    }
}
