package course.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("release solutions")
class ReleaseSolutionsCommandTest {

    @TempDir
    Path edition;

    @BeforeEach
    void releaseAnEdition() {
        ToolRun run = ToolRun.of("release", "student", "--out", edition.toString(), "--course", ToolRun.COURSE);
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private ToolRun release(String... extra) {
        String[] base = {"release", "solutions", "--chapter", "01-blocking", "--into", edition.toString(),
            "--course", ToolRun.COURSE};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return ToolRun.of(args);
    }

    @Test
    @DisplayName("refuses before the deadline, naming the date and --force")
    void refusesBeforeTheDeadline() {
        ToolRun run = release("--today", "2026-12-01");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("2026-12-14", "--force overrides");
        assertThat(edition.resolve("solutions/01-blocking")).doesNotExist();
    }

    @Test
    @DisplayName("refuses on the deadline day itself")
    void refusesOnTheDeadlineDay() {
        assertThat(release("--today", "2026-12-14").exitCode()).isEqualTo(1);
    }

    @Test
    @DisplayName("after the deadline copies the solution and public tests and writes the module pom")
    void releasesAfterTheDeadline() throws IOException {
        ToolRun run = release("--today", "2026-12-15");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("./mvnw test -pl solutions/01-blocking");
        Path module = edition.resolve("solutions/01-blocking");
        Path reference = Path.of(ToolRun.COURSE, "01-blocking/src/solution/java/course/blocking/Frames.java");
        assertThat(module.resolve("src/main/java/course/blocking/Frames.java")).hasSameTextualContentAs(reference);
        assertThat(module.resolve("src/test/java/course/blocking/FramesTest.java")).isRegularFile();
        assertThat(module.resolve("src/test/java/course/blocking/FramesHiddenTest.java")).doesNotExist();
        String pom = Files.readString(module.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom).contains("<relativePath>../../pom.xml</relativePath>",
                "<artifactId>solutions-01-blocking</artifactId>", "<grading.chapter>01-blocking</grading.chapter>",
                "<artifactId>exec-maven-plugin</artifactId>");
        assertThat(edition.resolve("solutions/pom.xml")).content().contains("<module>01-blocking</module>");
    }

    @Test
    @DisplayName("with --force releases before the deadline, and twice lists the module once")
    void forceOverridesTheDeadline() throws IOException {
        ToolRun first = release("--today", "2026-12-01", "--force");
        ToolRun second = release("--force");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        String solutions = Files.readString(edition.resolve("solutions/pom.xml"), StandardCharsets.UTF_8);
        assertThat(solutions.split("<module>01-blocking</module>", -1)).hasSize(2);
    }

    @Test
    @DisplayName("refuses a chapter that has no reference solution yet")
    void refusesAChapterWithoutSolution() {
        ToolRun run = ToolRun.of("release", "solutions", "--chapter", "03-timeouts", "--into", edition.toString(),
                "--course", ToolRun.COURSE, "--force");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("03-timeouts has no reference solution yet");
    }

    @Test
    @DisplayName("refuses an unknown chapter and a folder that is not an edition")
    void refusesBadArguments() {
        ToolRun unknown = ToolRun.of("release", "solutions", "--chapter", "09-nothing", "--into",
                edition.toString(), "--course", ToolRun.COURSE, "--force");
        ToolRun notAnEdition = ToolRun.of("release", "solutions", "--chapter", "01-blocking", "--into",
                edition.resolve("docs").toString(), "--course", ToolRun.COURSE, "--force");

        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("no chapter 09-nothing");
        assertThat(notAnEdition.exitCode()).isEqualTo(1);
        assertThat(notAnEdition.err()).contains("is not a student edition");
    }
}
