package course.testsupport.grading;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives every test method a hard time bound, even when the code under test ignores
 * interrupts or blocks in native socket I/O.
 *
 * <p>JUnit's own {@code @Timeout} interrupts the test thread, which neither a busy loop
 * nor a blocking socket call notices. Here the test body runs on a daemon thread of its
 * own; the JUnit thread waits at most the bound, then fails the test with
 * {@link TestTimedOut}, naming the student's code that was still running. The runaway
 * thread is interrupted and abandoned; it cannot keep the JVM alive.
 */
public final class BoundedTimeExtension implements InvocationInterceptor {

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        runBounded(invocation, extensionContext, limitFor(extensionContext));
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        runBounded(invocation, extensionContext, limitFor(extensionContext));
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        runBounded(invocation, extensionContext, Duration.ofSeconds(TimeLimit.DEFAULT_SECONDS));
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation,
            ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext) throws Throwable {
        runBounded(invocation, extensionContext, Duration.ofSeconds(TimeLimit.DEFAULT_SECONDS));
    }

    static Duration limitFor(ExtensionContext context) {
        Optional<TimeLimit> onMethod = context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, TimeLimit.class));
        Optional<TimeLimit> onClass = context.getTestClass()
                .flatMap(type -> AnnotationSupport.findAnnotation(type, TimeLimit.class));
        int seconds = onMethod.or(() -> onClass).map(TimeLimit::seconds).orElse(TimeLimit.DEFAULT_SECONDS);
        return Duration.ofSeconds(seconds);
    }

    private static <T> T runBounded(Invocation<T> invocation, ExtensionContext context, Duration limit)
            throws Throwable {
        FutureTask<T> body = new FutureTask<>(() -> {
            try {
                return invocation.proceed();
            } catch (Exception | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new ExecutionException(t);
            }
        });
        Thread worker = new Thread(body, StuckCode.TEST_THREAD_PREFIX + context.getDisplayName());
        worker.setDaemon(true);
        worker.start();
        try {
            return body.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof ExecutionException wrapped ? wrapped.getCause() : e.getCause();
        } catch (TimeoutException e) {
            String studentPackage = context.getTestClass().map(Class::getPackageName).orElse("");
            String where = StuckCode.describe(studentPackage, worker);
            worker.interrupt();
            throw new TestTimedOut(timeoutMessage(limit, where));
        }
    }

    static String timeoutMessage(Duration limit, String where) {
        String seconds = limit.toSeconds() + " s";
        if (where.isEmpty()) {
            return "Timed out: the test did not finish within " + seconds + " and was stopped. "
                    + "None of your code was running at that moment; something it started earlier "
                    + "(a thread, a server) may be waiting for a message that never comes.";
        }
        return "Timed out: the test did not finish within " + seconds + " and was stopped. "
                + "Your code was still running here:\n" + where
                + "A blocking call (accept, connect, read, write) returns only when its event happens, "
                + "and a loop runs until its exit condition holds: check what that line was waiting for.";
    }
}
