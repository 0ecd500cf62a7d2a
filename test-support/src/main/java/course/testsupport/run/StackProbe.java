package course.testsupport.run;

import java.time.Duration;

/**
 * Looks at another thread's stack to tell where it is blocked, for example inside a socket write.
 */
public final class StackProbe {

    private StackProbe() {
    }

    /** Tells whether any frame of t's current stack contains the fragment, such as "NioSocketImpl.write". */
    public static boolean isBlockedIn(Thread t, String classAndMethodFragment) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Polls t's stack every 10 ms until a frame contains the fragment (true) or the limit passes (false). */
    public static boolean awaitBlockedIn(Thread t, String fragment, Duration limit) {
        throw new UnsupportedOperationException("not yet");
    }
}
