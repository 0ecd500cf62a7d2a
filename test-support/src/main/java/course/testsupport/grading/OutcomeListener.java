package course.testsupport.grading;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Records every test invocation of a chapter's run, line by line and flushed at once, into
 * the file named by the system property {@code grading.outcomes} (set by the build). Lines
 * are written as they happen, so a test JVM killed by the hard bound still leaves a record
 * of what finished and of the test that was running. Without the property it does nothing.
 */
public final class OutcomeListener implements TestExecutionListener {

    /** Bound on the captured output kept per test, in characters. */
    static final int MAX_OUTPUT_CHARS = 4_000;

    private final Map<String, Long> startNanos = new HashMap<>();
    private final Map<String, StringBuilder> output = new HashMap<>();
    private final Set<String> reported = new HashSet<>();
    private final String target;
    private TestPlan plan;
    private SequenceWriter writer;

    /** The listener the JUnit Platform loads: active only in a chapter's build, which sets both properties. */
    public OutcomeListener() {
        this(System.getProperty("grading.chapter", "").isBlank() ? "" : System.getProperty("grading.outcomes", ""));
    }

    /** A listener that writes to {@code target}, or does nothing when it is blank. */
    OutcomeListener(String target) {
        this.target = target;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        if (target.isBlank()) {
            return;
        }
        plan = testPlan;
        try {
            Path file = Path.of(target);
            Files.createDirectories(file.toAbsolutePath().getParent());
            writer = new ObjectMapper().writer().withRootValueSeparator("\n").writeValues(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write grading outcomes to " + target, e);
        }
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (writer != null && id.isTest()) {
            startNanos.put(id.getUniqueId(), System.nanoTime());
            write(id, Outcome.STARTED, null, null, 0);
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        entry.getKeyValuePairs().forEach((key, value) -> {
            if (key.equals("stdout") || key.equals("stderr")) {
                output.computeIfAbsent(id.getUniqueId(), k -> new StringBuilder()).append(value);
            }
        });
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (writer != null) {
            finishUnreported(id, Status.ERROR, "not run: skipped (" + reason + ")");
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (writer == null) {
            return;
        }
        Throwable thrown = result.getThrowable().orElse(null);
        String message = thrown == null ? null : FailureText.of(thrown, studentPackage(id));
        if (id.isTest()) {
            Status status = result.getStatus() == TestExecutionResult.Status.ABORTED ? Status.ERROR : Status.of(thrown);
            long nanos = System.nanoTime() - startNanos.getOrDefault(id.getUniqueId(), System.nanoTime());
            write(id, Outcome.FINISHED, status, message, nanos / 1_000_000);
        } else if (thrown != null) {
            finishUnreported(id, Status.of(thrown) == Status.TIMEOUT ? Status.TIMEOUT : Status.ERROR,
                    "not run: " + id.getDisplayName() + " failed before its tests could run: " + message);
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (writer != null) {
            try {
                writer.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writer = null;
        }
    }

    private void finishUnreported(TestIdentifier container, Status status, String message) {
        if (container.isTest()) {
            write(container, Outcome.FINISHED, status, message, 0);
            return;
        }
        for (TestIdentifier test : plan.getDescendants(container)) {
            if (test.isTest()) {
                write(test, Outcome.FINISHED, status, message, 0);
            }
        }
    }

    private void write(TestIdentifier id, String event, Status status, String message, long durationMs) {
        if (!(id.getSource().orElse(null) instanceof MethodSource method)) {
            return;
        }
        if (Outcome.FINISHED.equals(event) && !reported.add(id.getUniqueId())) {
            return;
        }
        StringBuilder printed = output.remove(id.getUniqueId());
        Outcome outcome = new Outcome(event, method.getClassName(), method.getMethodName(), id.getDisplayName(),
                status == null ? null : status.json(), message, printed == null ? null : cut(printed.toString()),
                durationMs);
        try {
            writer.write(outcome);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String studentPackage(TestIdentifier id) {
        if (id.getSource().orElse(null) instanceof MethodSource method) {
            String name = method.getClassName();
            return name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        }
        return "";
    }

    static String cut(String text) {
        if (text.length() <= MAX_OUTPUT_CHARS) {
            return text;
        }
        return text.substring(0, MAX_OUTPUT_CHARS) + "\n[... " + (text.length() - MAX_OUTPUT_CHARS)
                + " more characters cut]";
    }
}
