package course.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("release bundle")
class ReleaseBundleCommandTest {

    private static final String CHAPTER = "01-blocking";

    @TempDir
    Path temp;

    @Test
    @DisplayName("writes for Gradescope its scripts and the chapter's public and hidden tests, never a solution")
    void gradescopeBundleHoldsHiddenTestsButNoSolution() throws IOException {
        Map<String, String> zip = bundle("gradescope");

        assertThat(zip).containsKeys("setup.sh", "run_autograder", "course/pom.xml", "course/mvnw",
                "course/.mvn/wrapper/maven-wrapper.properties", "course/checkstyle.xml", "course/test-support/pom.xml",
                "course/solutions/pom.xml", "course/01-blocking/pom.xml", "course/01-blocking/README.md",
                "course/01-blocking/src/test/java/course/blocking/FramesTest.java",
                "course/01-blocking/src/hidden-test/java/course/blocking/FramesHiddenTest.java");
        assertThat(zip).doesNotContainKey("autograder.py");
        assertThat(zip.keySet()).noneMatch(path -> path.contains("src/solution")
                || path.startsWith("course/" + CHAPTER + "/src/main") || path.contains("course-tool")
                || path.contains("02-nonblocking") || path.contains("target/") || path.endsWith("course.json"));
    }

    @Test
    @DisplayName("writes for Classroom 50 its script and only public material: no hidden test, no solution")
    void classroom50BundleHoldsOnlyPublicMaterial() throws IOException {
        Map<String, String> zip = bundle("classroom50");

        assertThat(zip).containsKeys("autograder.py", "course/pom.xml", "course/mvnw", "course/test-support/pom.xml",
                "course/01-blocking/pom.xml", "course/01-blocking/src/test/java/course/blocking/FramesTest.java");
        assertThat(zip).doesNotContainKeys("setup.sh", "run_autograder");
        assertThat(zip.keySet()).noneMatch(path -> path.contains("src/hidden-test") || path.contains("src/solution")
                || path.startsWith("course/" + CHAPTER + "/src/main") || path.contains("course-tool"));
    }

    @Test
    @DisplayName("writes a root pom whose modules are test-support, the chapter and solutions")
    void rootPomListsOnlyTheChapter() throws IOException {
        for (String target : List.of("gradescope", "classroom50")) {
            String pom = bundle(target).get("course/pom.xml");

            List<String> modules = new ArrayList<>();
            Matcher matcher = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
            while (matcher.find()) {
                modules.add(matcher.group(1));
            }
            assertThat(modules).as(target).containsExactly("test-support", CHAPTER, "solutions");
        }
    }

    @Test
    @DisplayName("fills in the chapter's name in the scripts, which set their own modes as the zip keeps none")
    void scriptsNameTheChapter() throws IOException {
        Map<String, String> gradescope = bundle("gradescope");
        Map<String, String> classroom50 = bundle("classroom50");

        for (String script : List.of(gradescope.get("setup.sh"), gradescope.get("run_autograder"),
                classroom50.get("autograder.py"))) {
            assertThat(script).startsWith("#!/usr/bin/env ").contains("\"" + CHAPTER + "\"")
                    .doesNotContain("@CHAPTER@");
        }
        assertThat(gradescope.get("setup.sh")).contains("chmod +x", "openjdk-21-jdk-headless");
        assertThat(gradescope.get("run_autograder")).contains("AUTOGRADER_ROOT:-/autograder", "-Phidden",
                "--format gradescope", "timeout ");
        assertThat(classroom50.get("autograder.py")).contains("--format classroom50").doesNotContain("-Phidden");
    }

    @Test
    @DisplayName("describes its options with --help")
    void help() {
        ToolRun run = ToolRun.of("release", "bundle", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--for", "gradescope", "classroom50", "--chapter", "--out", "--course");
    }

    @Test
    @DisplayName("fails with exit 1, naming the chapters there are, when the chapter does not exist")
    void missingChapter() {
        Path zip = temp.resolve("bundle.zip");

        ToolRun run = ToolRun.of("release", "bundle", "--for", "gradescope", "--chapter", "09-nothing", "--out",
                zip.toString(), "--course", ToolRun.COURSE);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no chapter 09-nothing", "01-blocking");
        assertThat(zip).doesNotExist();
    }

    /** Writes the chapter's bundle for {@code target} and returns its entries with their text. */
    private Map<String, String> bundle(String target) throws IOException {
        Path zip = temp.resolve(target + ".zip");
        ToolRun run = ToolRun.of("release", "bundle", "--for", target, "--chapter", CHAPTER, "--out", zip.toString(),
                "--course", ToolRun.COURSE);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Bundle for " + target);
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream file = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(file)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
