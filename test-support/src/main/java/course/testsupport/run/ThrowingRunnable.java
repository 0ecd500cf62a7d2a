package course.testsupport.run;

/**
 * A piece of code under test that may throw any exception, such as a server's accept loop.
 */
@FunctionalInterface
public interface ThrowingRunnable {

    /** Runs the code. */
    void run() throws Exception;
}
