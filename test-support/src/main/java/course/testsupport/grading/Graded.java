package course.testsupport.grading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test method as graded: it belongs to one numbered exercise of its chapter's
 * README ("### Exercise 2: ...") and earns {@link #points()} when it passes.
 *
 * <p>A parameterized or repeated test earns its points only when every invocation
 * passes. Write both values as integer literals: the grading gate reads them from the
 * source when the chapter does not compile.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Graded {

    /** The exercise number, as in the chapter README's heading "Exercise N". */
    int exercise();

    /** Whole points earned when the test passes; at least 1. */
    int points();
}
