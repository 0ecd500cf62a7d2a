package course.testsupport.run;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Looks at another thread's stack to tell where it is blocked, for example inside a socket write.
 *
 * <p>On JDK 21 and later a platform thread inside a blocking socket write has the frame
 * {@code sun.nio.ch.NioSocketImpl.implWrite} on its stack, and one inside a read has
 * {@code sun.nio.ch.NioSocketImpl.implRead}. Below that frame it waits either in the native
 * {@code SocketDispatcher.write0}/{@code read0} (a socket that never had a read timeout stays in blocking mode) or in
 * {@code NioSocketImpl.park} (a socket with SO_TIMEOUT is switched to non-blocking mode at its first timed read).
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

    /**
     * Says where t runs code of a package, for a failure message: "inside java.net.ServerSocket.accept(),
     * called from course.blocking.EchoServer.serve(EchoServer.java:25)", or "" when no frame of t is in it.
     */
    public static String whereIn(Thread t, String packageName) {
        StackTraceElement[] stack = t.getStackTrace();
        for (int i = 0; i < stack.length; i++) {
            if (stack[i].getClassName().startsWith(packageName + ".")) {
                String called = i == 0 ? "" : "inside " + stack[i - 1].getClassName() + "."
                        + stack[i - 1].getMethodName() + "(), called from ";
                return called + stack[i].getClassName() + "." + stack[i].getMethodName() + "("
                        + stack[i].getFileName() + ":" + stack[i].getLineNumber() + ")";
            }
        }
        return "";
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
