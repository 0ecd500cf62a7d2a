package course.tool.grade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A build log")
class BuildLogTest {

    @Test
    @DisplayName("names the first compiler error of a chapter's main code, not of its tests or another chapter")
    void firstCompileErrorOfTheChapter() {
        BuildLog log = BuildLog.of("""
                [ERROR] /w/alice/01-blocking/src/test/java/course/blocking/EchoClientTest.java:[9,1] cannot find symbol
                [ERROR] /w/alice/02-nonblocking/src/main/java/course/x/A.java:[1,1] class expected
                [ERROR] /w/alice/01-blocking/src/main/java/course/blocking/EchoClient.java:[34,22] incompatible types
                [ERROR] /w/alice/01-blocking/src/main/java/course/blocking/Frames.java:[2,2] ';' expected
                """);

        assertThat(log.firstCompileError("01-blocking")).contains("EchoClient.java:[34,22] incompatible types");
        assertThat(log.firstCompileError("02-nonblocking")).contains("A.java:[1,1] class expected");
        assertThat(log.firstCompileError("03-timeouts")).isEmpty();
    }

    @Test
    @DisplayName("recognises Surefire's words for a test JVM that ended without saying goodbye")
    void testJvmEndedEarly() {
        assertThat(BuildLog.of("[ERROR] The forked VM terminated without properly saying goodbye. VM crash or "
                + "System.exit called?").testJvmEndedEarly()).isTrue();
        assertThat(BuildLog.of("[ERROR] Tests run: 4, Failures: 1").testJvmEndedEarly()).isFalse();
    }
}
