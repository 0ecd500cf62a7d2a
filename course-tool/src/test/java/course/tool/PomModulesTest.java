package course.tool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Editing a pom's modules")
class PomModulesTest {

    private static final String AGGREGATOR = """
            <project>
              <packaging>pom</packaging>
              <modules>
                <module>a</module>
                <module>tool</module>
                <module>b</module>
              </modules>
              <!-- <module>tool</module> in a comment outside modules stays -->
            </project>
            """;

    @Test
    @DisplayName("removes exactly one module line and keeps the rest as it was")
    void removesOneLine() {
        String edited = PomModules.without(AGGREGATOR, "tool");

        assertThat(edited).isEqualTo(AGGREGATOR.replace("    <module>tool</module>\n", ""));
    }

    @Test
    @DisplayName("adds a module to an existing list, once")
    void addsToAList() {
        String once = PomModules.with(AGGREGATOR, "c");

        assertThat(PomModules.with(once, "c")).isEqualTo(once);
        assertThat(once).contains("<module>b</module>\n    <module>c</module>\n  </modules>");
    }

    @Test
    @DisplayName("creates the list after <packaging> when there is none")
    void createsAList() {
        String edited = PomModules.with("<project>\n  <packaging>pom</packaging>\n</project>\n", "01-blocking");

        assertThat(edited).isEqualTo("<project>\n  <packaging>pom</packaging>\n  <modules>\n"
                + "    <module>01-blocking</module>\n  </modules>\n\n</project>\n");
    }
}
