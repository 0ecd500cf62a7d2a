package course.tool.grade;

import static org.assertj.core.api.Assertions.assertThat;

import course.tool.CourseRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A submission's workspace")
class WorkspaceTest {

    /** The course root seen from the module folder, where Surefire runs the tests. */
    static final Path COURSE = Path.of("..");

    @TempDir
    private Path dir;

    @Test
    @DisplayName("takes only the student's src/main/java, never their poms or tests")
    void onlyMainSources() throws Exception {
        Path submission = dir.resolve("alice");
        write(submission.resolve("01-blocking/src/main/java/course/blocking/EchoClient.java"), "// alice's");
        write(submission.resolve("01-blocking/pom.xml"), "<project>student pom</project>");
        write(submission.resolve("pom.xml"), "<project>student root pom</project>");
        write(submission.resolve("01-blocking/src/test/java/course/blocking/EchoClientTest.java"), "// tampered");
        write(submission.resolve("01-blocking/src/test/java/course/blocking/Extra.java"), "// extra");
        Path workspace = dir.resolve("work/alice");
        CourseRoot course = CourseRoot.at(COURSE);

        List<String> missing = Workspace.assemble(course, submission, workspace, List.of("01-blocking"), true);

        Path chapter = workspace.resolve("01-blocking");
        assertThat(missing).isEmpty();
        assertThat(chapter.resolve("src/main/java/course/blocking/EchoClient.java")).hasContent("// alice's");
        assertThat(chapter.resolve("pom.xml")).hasSameTextualContentAs(COURSE.resolve("01-blocking/pom.xml"));
        String test = "src/test/java/course/blocking/EchoClientTest.java";
        assertThat(chapter.resolve(test)).hasSameTextualContentAs(COURSE.resolve("01-blocking").resolve(test));
        assertThat(chapter.resolve("src/test/java/course/blocking/Extra.java")).doesNotExist();
        assertThat(chapter.resolve("src/hidden-test/java")).isDirectory();
        assertThat(chapter.resolve("src/solution")).doesNotExist();
        assertThat(workspace.resolve("02-nonblocking")).doesNotExist();
        assertThat(workspace.resolve("course-tool")).doesNotExist();
        assertThat(workspace.resolve("mvnw")).isExecutable();
        assertThat(workspace.resolve("test-support/pom.xml")).isRegularFile();
        assertThat(workspace.resolve("solutions/pom.xml")).isRegularFile();
        String pom = Files.readString(workspace.resolve("pom.xml"));
        assertThat(pom).contains("<module>01-blocking</module>", "<module>test-support</module>")
                .doesNotContain("<module>course-tool</module>", "<module>02-nonblocking</module>",
                        "student root pom");
    }

    @Test
    @DisplayName("leaves out the hidden tests unless asked, and starts from scratch each time")
    void pristine() throws Exception {
        Path submission = dir.resolve("bob");
        write(submission.resolve("01-blocking/src/main/java/course/blocking/Frames.java"), "// bob's");
        Path workspace = dir.resolve("work/bob");
        write(workspace.resolve("01-blocking/src/main/java/Stale.java"), "// from an earlier run");

        Workspace.assemble(CourseRoot.at(COURSE), submission, workspace, List.of("01-blocking"), false);

        assertThat(workspace.resolve("01-blocking/src/hidden-test")).doesNotExist();
        assertThat(workspace.resolve("01-blocking/src/main/java/Stale.java")).doesNotExist();
    }

    @Test
    @DisplayName("reports a chapter whose src/main/java is missing and leaves it out of the build")
    void missingChapter() throws Exception {
        Path submission = dir.resolve("carol");
        write(submission.resolve("README.md"), "no chapter here");
        Path workspace = dir.resolve("work/carol");

        List<String> missing = Workspace.assemble(CourseRoot.at(COURSE), submission, workspace,
                List.of("01-blocking"), true);

        assertThat(missing).containsExactly("01-blocking");
        assertThat(workspace.resolve("01-blocking")).doesNotExist();
        assertThat(Files.readString(workspace.resolve("pom.xml"))).doesNotContain("<module>01-blocking</module>");
    }

    static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
