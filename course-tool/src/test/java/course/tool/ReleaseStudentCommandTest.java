package course.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("release student")
class ReleaseStudentCommandTest {

    @TempDir
    Path temp;

    @Test
    @DisplayName("writes skeletons, public tests, test support, lessons, wrapper, editor setup and workflow")
    void writesTheStudentFiles() {
        Path edition = temp.resolve("edition");

        ToolRun run = ToolRun.of("release", "student", "--out", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("no leak");
        assertThat(edition).isDirectoryContaining("glob:**/pom.xml");
        for (String file : List.of("pom.xml", "mvnw", "mvnw.cmd", ".mvn/wrapper/maven-wrapper.properties",
                "checkstyle.xml", "README.md", "docs/grading-results.md", "test-support/pom.xml",
                "01-blocking/README.md", "01-blocking/pom.xml", "01-blocking/src/main/java/course/blocking/Frames.java",
                "01-blocking/src/test/java/course/blocking/FramesTest.java", "05-selectors/README.md",
                "solutions/pom.xml", "solutions/README.md", ".devcontainer/devcontainer.json", ".editorconfig",
                ".gitignore", ".github/workflows/grading.yml")) {
            assertThat(edition.resolve(file)).as(file).isRegularFile();
        }
        assertThat(edition.resolve("mvnw")).isExecutable();
        assertThat(edition.resolve(".devcontainer/devcontainer.json")).content().contains("java:21");
        assertThat(edition.resolve(".gitignore")).content().contains("target/", ".idea/");
        assertThat(edition.resolve("README.md")).content().contains("## For students")
                .doesNotContain(StudentReadme.INSTRUCTORS_HEADING, "release student");
    }

    @Test
    @DisplayName("leaves out reference solutions, hidden tests, the tool, CI, course.json and build output")
    void leavesOutWhatIsSecretOrInstructorOnly() throws IOException {
        Path edition = temp.resolve("edition");

        ToolRun run = ToolRun.of("release", "student", "--out", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> walk = Files.walk(edition)) {
            List<String> paths = walk.map(path -> edition.relativize(path).toString().replace('\\', '/')).toList();
            assertThat(paths).noneMatch(path -> path.contains("src/solution") || path.contains("src/hidden-test")
                    || path.startsWith("course-tool") || path.startsWith(".ci") || path.startsWith(".git/")
                    || path.equals("course.json") || path.contains("target") || path.contains("roster"));
        }
        assertThat(edition.resolve("solutions")).isDirectoryNotContaining("glob:**/0*");
    }

    @Test
    @DisplayName("ships the students' grading workflow only, never the instructor's bulk grading")
    void shipsNoInstructorWorkflow() throws IOException {
        Path edition = temp.resolve("edition");

        ToolRun run = ToolRun.of("release", "student", "--out", edition.toString(), "--course", ToolRun.COURSE);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Path.of(ToolRun.COURSE, ".github/workflows/grade-submissions.yml"))
                .as("the instructor's workflow this test keeps out of editions").isRegularFile();
        try (Stream<Path> workflows = Files.list(edition.resolve(".github/workflows"))) {
            assertThat(workflows.map(path -> path.getFileName().toString()))
                    .as("an edition's workflows: grade-submissions.yml clones every student's repository with the "
                            + "instructor's token and must stay in the private repository")
                    .containsExactly("grading.yml");
        }
    }

    @Test
    @DisplayName("writes a root pom without the course-tool module and otherwise unchanged")
    void rootPomListsNoToolModule() throws IOException {
        Path edition = temp.resolve("edition");

        ToolRun.of("release", "student", "--out", edition.toString(), "--course", ToolRun.COURSE);

        String original = Files.readString(Path.of(ToolRun.COURSE, "pom.xml"), StandardCharsets.UTF_8);
        String released = Files.readString(edition.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertThat(original).contains("<module>course-tool</module>");
        assertThat(released).doesNotContain("course-tool</module>").contains("<module>solutions</module>");
        assertThat(released).isEqualTo(original.replace("    <module>course-tool</module>\n", ""));
    }

    @Test
    @DisplayName("refuses a folder that is not empty, unless --force")
    void refusesANonEmptyFolder() throws IOException {
        Files.writeString(temp.resolve("notes.txt"), "mine");

        ToolRun refused = ToolRun.of("release", "student", "--out", temp.toString(), "--course", ToolRun.COURSE);
        ToolRun forced = ToolRun.of("release", "student", "--out", temp.toString(), "--course", ToolRun.COURSE,
                "--force");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("is not empty", "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(temp.resolve("notes.txt")).hasContent("mine");
        assertThat(temp.resolve("pom.xml")).isRegularFile();
    }

    @Test
    @DisplayName("fails with exit 1 when the course root has no course.json")
    void needsACourseRoot() {
        ToolRun run = ToolRun.of("release", "student", "--out", temp.resolve("e").toString(), "--course",
                temp.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is not the course's root", "pom.xml");
    }
}
