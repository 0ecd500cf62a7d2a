package course.testsupport.detect;

import com.sun.management.UnixOperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Counts this process's open file descriptors and, where /proc exists, says what each one is.
 */
final class Descriptors {

    private static final Path FD_DIR = Path.of("/proc/self/fd");

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
     * The JDK keeps one descriptor open for good from the moment the first socket object is created (a socket
     * pair it uses to close sockets that other threads are blocked on); creating it before a snapshot keeps it
     * from being mistaken for a leak of the code under test.
     */
    static void primeSocketMachinery() {
        try {
            new Socket().close();
        } catch (IOException ignored) {
            // An unconnected socket holds no descriptor; there is nothing that could fail to close.
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
