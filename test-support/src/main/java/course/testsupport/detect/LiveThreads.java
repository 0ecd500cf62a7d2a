package course.testsupport.detect;

import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.stream.Collectors;

/**
 * Lists live platform threads, leaving out those the JDK starts for itself and keeps alive on purpose.
 */
final class LiveThreads {

    private LiveThreads() {
    }

    static Set<Thread> snapshot() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> !ownedByJdk(thread))
                .collect(Collectors.toSet());
    }

    /** Shared pools and internal pollers outlive any single test by design; they are not the test's leaks. */
    private static boolean ownedByJdk(Thread thread) {
        if (thread instanceof ForkJoinWorkerThread worker && worker.getPool() == ForkJoinPool.commonPool()) {
            return true;
        }
        String type = thread.getClass().getName();
        return type.equals("jdk.internal.misc.CarrierThread") || type.equals("jdk.internal.misc.InnocuousThread");
    }
}
