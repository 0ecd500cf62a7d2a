package course.testsupport.run;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Looks at another thread's stack to tell where it is blocked, for example inside a socket write.
 *
 * <p>On JDK 21 and later a platform thread blocked in a socket write shows the frame
 * {@code sun.nio.ch.NioSocketImpl.implWrite}, and one blocked in a read shows {@code sun.nio.ch.NioSocketImpl.implRead};
 * both then wait in {@code NioSocketImpl.park}.
 */
public final class StackProbe {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    private StackProbe() {
    }

    /** Tells whether any frame of t's current stack contains the fragment, such as "NioSocketImpl.write". */
    public static boolean isBlockedIn(Thread t, String classAndMethodFragment) {
        for (StackTraceElement frame : t.getStackTrace()) {
            String classAndMethod = frame.getClassName() + "." + frame.getMethodName();
            if (classAndMethod.contains(classAndMethodFragment) || frame.toString().contains(classAndMethodFragment)) {
                return true;
            }
        }
        return false;
    }

    /** Polls t's stack every 10 ms until a frame contains the fragment (true) or the limit passes (false). */
    public static boolean awaitBlockedIn(Thread t, String fragment, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            if (isBlockedIn(t, fragment)) {
                return true;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0 || t.getState() == Thread.State.TERMINATED || Thread.currentThread().isInterrupted()) {
                return false;
            }
            // Polling interval between two observations of the other thread's stack.
            LockSupport.parkNanos(Math.min(POLL_NANOS, remaining));
        }
    }
}
