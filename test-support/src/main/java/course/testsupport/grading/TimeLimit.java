package course.testsupport.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Raises or lowers the time bound of one test method, or of every test in a class,
 * from the default of {@value #DEFAULT_SECONDS} seconds. The bound holds even when the
 * code under test ignores interrupts or blocks in native socket I/O: the test fails with
 * status {@code timeout} and names the code that was still running.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface TimeLimit {

    /** The bound applied when neither the method nor its class says otherwise. */
    int DEFAULT_SECONDS = 5;

    /** Seconds the test may run, lifecycle methods not included. */
    int seconds();
}
