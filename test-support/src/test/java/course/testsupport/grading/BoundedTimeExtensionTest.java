package course.testsupport.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import course.testsupport.grading.fixtures.Stubborn;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

@DisplayName("BoundedTimeExtension")
@TimeLimit(seconds = 10)
class BoundedTimeExtensionTest {

    private static final String FIXTURE = "course.testsupport.grading.fixtures.TimeBoundFixture";

    @AfterAll
    static void releaseAbandonedThreads() throws Exception {
        Stubborn.releaseSpinners();
        var field = Class.forName(FIXTURE).getDeclaredField("listener");
        field.setAccessible(true);
        if (field.get(null) instanceof java.net.ServerSocket listener) {
            listener.close();
        }
    }

    private static Events run(String method) {
        return EngineTestKit.engine("junit-jupiter")
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .selectors(selectMethod(FIXTURE + "#" + method))
                .execute()
                .testEvents();
    }

    @Test
    @DisplayName("stops a loop that ignores interrupts and names the student's method")
    void stopsALoopThatIgnoresInterrupts() {
        long start = System.nanoTime();

        Events events = run("spinsIgnoringInterrupts");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        events.assertThatEvents().haveExactly(1, event(test("spinsIgnoringInterrupts"), finishedWithFailure(
                instanceOf(TestTimedOut.class),
                message(m -> m.contains("within 1 s") && m.contains("thread \"test: spinsIgnoringInterrupts()\"")
                        && m.contains("at course.testsupport.grading.fixtures.Stubborn.spinIgnoringInterrupts("
                        + "Stubborn.java:")))));
    }

    @Test
    @DisplayName("stops a test blocked in accept() and says which JDK call it waits in")
    void stopsATestBlockedInAccept() {
        Events events = run("blocksInAccept");

        events.assertThatEvents().haveExactly(1, event(test("blocksInAccept"), finishedWithFailure(
                instanceOf(TestTimedOut.class),
                message(m -> m.contains("Stubborn.acceptForever") && m.contains("is inside java.net.ServerSocket")))));
    }

    @Test
    @DisplayName("lets a quick test pass and an assertion fail as an assertion, not a timeout")
    void keepsOrdinaryResults() {
        run("finishesInTime").assertStatistics(stats -> stats.succeeded(1).failed(0));

        run("failsAnAssertion").assertThatEvents().haveExactly(1, event(test("failsAnAssertion"),
                finishedWithFailure(instanceOf(AssertionError.class), message(m -> m.contains("one plus one")))));
    }

    @Test
    @DisplayName("lets @TimeLimit on a method override the class's bound")
    void methodLimitOverridesClassLimit() {
        Events events = run("mayRunLongerThanItsClass");

        events.assertThatEvents().haveExactly(1, event(test("mayRunLongerThanItsClass"), finishedSuccessfully()));
    }
}
