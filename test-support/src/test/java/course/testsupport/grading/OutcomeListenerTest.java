package course.testsupport.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.ObjectMapper;
import course.testsupport.grading.fixtures.Stubborn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

@DisplayName("OutcomeListener")
@TimeLimit(seconds = 15)
class OutcomeListenerTest {

    @TempDir
    static Path folder;

    private static List<Outcome> outcomes;

    @BeforeAll
    static void runTheFixture() throws IOException {
        Path file = folder.resolve("run/outcomes.jsonl");
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass("course.testsupport.grading.fixtures.MixedOutcomesFixture"))
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                .build();

        LauncherFactory.create().execute(request, new OutcomeListener(file.toString()));

        ObjectMapper mapper = new ObjectMapper();
        outcomes = Files.readAllLines(file).stream().map(line -> {
            try {
                return mapper.readValue(line, Outcome.class);
            } catch (IOException e) {
                throw new AssertionError("unreadable line: " + line, e);
            }
        }).toList();
    }

    @AfterAll
    static void releaseTheSpinner() {
        Stubborn.releaseSpinners();
    }

    private static Map<String, List<Outcome>> finishedByMethod() {
        return outcomes.stream().filter(o -> Outcome.FINISHED.equals(o.event()))
                .collect(Collectors.groupingBy(Outcome::testMethod));
    }

    @Test
    @DisplayName("records one start and one finish per invocation")
    void recordsStartsAndFinishes() {
        long started = outcomes.stream().filter(o -> Outcome.STARTED.equals(o.event())).count();
        long finished = outcomes.stream().filter(o -> Outcome.FINISHED.equals(o.event())).count();

        assertThat(started).isEqualTo(6);
        assertThat(finished).isEqualTo(6);
    }

    @Test
    @DisplayName("classifies pass, fail, error and timeout")
    void classifiesEachOutcome() {
        Map<String, List<Outcome>> byMethod = finishedByMethod();

        assertThat(byMethod.get("passes").get(0).status()).isEqualTo("pass");
        assertThat(byMethod.get("failsAnAssertion").get(0).status()).isEqualTo("fail");
        assertThat(byMethod.get("throwsFromStudentCode").get(0).status()).isEqualTo("error");
        assertThat(byMethod.get("runsOutOfTime").get(0).status()).isEqualTo("timeout");
        assertThat(byMethod.get("passesOnlyForOne")).extracting(Outcome::status).containsExactlyInAnyOrder("pass",
                "fail");
    }

    @Test
    @DisplayName("keeps the assertion's words and points at the student's line for exceptions")
    void writesTeachingMessages() {
        Map<String, List<Outcome>> byMethod = finishedByMethod();

        assertThat(byMethod.get("failsAnAssertion").get(0).message()).contains("the reply").contains("ohce");
        assertThat(byMethod.get("throwsFromStudentCode").get(0).message())
                .startsWith("UnsupportedOperationException: Exercise 2: not written yet")
                .contains("Stubborn.refuse(Stubborn.java:");
        assertThat(byMethod.get("runsOutOfTime").get(0).message()).contains("Stubborn.spinIgnoringInterrupts");
    }

    @Test
    @DisplayName("cuts long output to its bound and says how much it cut")
    void cutsLongOutput() {
        String cut = OutcomeListener.cut("x".repeat(OutcomeListener.MAX_OUTPUT_CHARS + 10));

        assertThat(cut).startsWith("x".repeat(OutcomeListener.MAX_OUTPUT_CHARS))
                .endsWith("[... 10 more characters cut]");
    }
}
