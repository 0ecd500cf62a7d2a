package course.tool;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a student edition holds, and how it is written: the course's student-facing files
 * copied from the instructor repository, plus the files only an edition has (editor setup,
 * the grading workflow, the README of an empty solutions folder).
 */
public final class EditionLayout {

    /** The instructor repository's module that an edition leaves out. */
    public static final String TOOL_MODULE = "course-tool";

    private static final List<String> ROOT_FILES = List.of("mvnw", "mvnw.cmd", "checkstyle.xml",
            "solutions/pom.xml");
    private static final List<String> ROOT_FOLDERS = List.of(".mvn", "docs", "test-support");
    private static final List<String> CHAPTER_FILES = List.of("README.md", "pom.xml");
    private static final List<String> CHAPTER_FOLDERS = List.of("src/main/java", "src/test/java",
            "src/main/resources", "src/test/resources");
    /** Paths under a copied folder that stay in the instructor repository (docs/roster.example.csv too). */
    private static final List<String> NEVER = List.of("src/solution", "src/hidden-test", "roster.example.csv");

    /** Edition file to the resource it is written from. */
    private static final Map<String, String> GENERATED = Map.of(
            ".devcontainer/devcontainer.json", "devcontainer.json",
            ".editorconfig", "editorconfig",
            ".gitignore", "gitignore",
            ".github/workflows/grading.yml", "grading.yml",
            "solutions/README.md", "solutions-README.md");

    private final CourseRoot course;

    EditionLayout(CourseRoot course) {
        this.course = course;
    }

    /** Writes the edition into {@code out} and returns how many files it wrote. */
    int write(Path out) throws IOException {
        Path root = course.root();
        int written = 0;
        Files.createDirectories(out);
        String pom = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("pom.xml"), PomModules.without(pom, TOOL_MODULE), StandardCharsets.UTF_8);
        written++;
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        Files.writeString(out.resolve("README.md"), StudentReadme.of(readme), StandardCharsets.UTF_8);
        written++;
        for (String file : ROOT_FILES) {
            written += copyIfPresent(root.resolve(file), out.resolve(file));
        }
        for (String folder : ROOT_FOLDERS) {
            written += FileTree.copyTree(root.resolve(folder), out.resolve(folder), NEVER);
        }
        for (Path chapter : course.chapters()) {
            Path target = out.resolve(chapter.getFileName().toString());
            for (String file : CHAPTER_FILES) {
                written += copyIfPresent(chapter.resolve(file), target.resolve(file));
            }
            for (String folder : CHAPTER_FOLDERS) {
                written += FileTree.copyTree(chapter.resolve(folder), target.resolve(folder), List.of());
            }
        }
        for (Map.Entry<String, String> generated : GENERATED.entrySet()) {
            Path target = out.resolve(generated.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, resource(generated.getValue()), StandardCharsets.UTF_8);
            written++;
        }
        return written;
    }

    /** Fails unless {@code out} is missing or empty; {@code force} allows writing over what is there. */
    static void checkOut(Path out, boolean force) throws IOException {
        if (Files.isRegularFile(out)) {
            throw new ToolFailure(out + " is a file; --out needs a folder");
        }
        if (Files.isDirectory(out) && !force) {
            try (var entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new ToolFailure(out + " is not empty; choose an empty or new folder, or add --force "
                            + "to write over its files (nothing else in it is deleted)");
                }
            }
        }
    }

    private static int copyIfPresent(Path from, Path to) throws IOException {
        if (!Files.isRegularFile(from)) {
            return 0;
        }
        FileTree.copyFile(from, to);
        return 1;
    }

    private static String resource(String name) {
        try (InputStream in = EditionLayout.class.getResourceAsStream("edition/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the tool's jar lacks the resource edition/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
