package course.tool.grade;

import course.tool.CourseRoot;
import course.tool.EditionLayout;
import course.tool.FileTree;
import course.tool.PomModules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One submission's build folder: a pristine copy of the instructor's course, with only the student's
 * {@code src/main/java} of each graded chapter. The student's poms and tests are never copied.
 */
public final class Workspace {

    /** A chapter's main sources, the only thing taken from a submission. */
    static final String MAIN = "src/main/java";

    private static final List<String> ROOT_FILES = List.of("mvnw", "checkstyle.xml", "solutions/pom.xml");
    private static final List<String> ROOT_FOLDERS = List.of(".mvn", "test-support");
    private static final List<String> CHAPTER_FILES = List.of("pom.xml", "README.md");
    private static final List<String> NEVER = List.of("src/solution", "src/hidden-test");

    private Workspace() {
    }

    /**
     * Writes a fresh workspace for one submission, replacing what {@code workspace} held.
     *
     * @param course the instructor's course
     * @param submission the student's checkout
     * @param workspace where to build it
     * @param chapters the chapters graded
     * @param hidden whether the hidden tests are copied too
     * @return the chapters whose {@code src/main/java} the submission lacks; they are left out of the build
     * @throws IOException when copying fails
     */
    public static List<String> assemble(CourseRoot course, Path submission, Path workspace, List<String> chapters,
            boolean hidden) throws IOException {
        deleteTree(workspace);
        Files.createDirectories(workspace);
        List<String> missing = new ArrayList<>();
        for (String chapter : chapters) {
            if (!Files.isDirectory(submission.resolve(chapter).resolve(MAIN))) {
                missing.add(chapter);
            }
        }
        List<String> built = chapters.stream().filter(chapter -> !missing.contains(chapter)).toList();
        writeCourse(course, workspace, built, hidden);
        for (String chapter : built) {
            FileTree.copyTree(submission.resolve(chapter).resolve(MAIN), workspace.resolve(chapter).resolve(MAIN),
                    List.of());
        }
        return missing;
    }

    /**
     * Writes the pristine course that grades {@code chapters}, without any main code: the root pom listing
     * test-support, those chapters and solutions (never course-tool), the Maven Wrapper, Checkstyle's rules,
     * test-support, and each chapter's pom, README and tests, hidden ones too when {@code hidden}.
     *
     * @param course the instructor's course
     * @param out the folder to write into
     * @param chapters the chapters graded
     * @param hidden whether the hidden tests are copied too
     * @throws IOException when copying fails
     */
    public static void writeCourse(CourseRoot course, Path out, List<String> chapters, boolean hidden)
            throws IOException {
        Path root = course.root();
        Files.createDirectories(out);
        String pom = PomModules.without(Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8),
                EditionLayout.TOOL_MODULE);
        for (Path chapter : course.chapters()) {
            String name = chapter.getFileName().toString();
            if (!chapters.contains(name)) {
                pom = PomModules.without(pom, name);
            }
        }
        Files.writeString(out.resolve("pom.xml"), pom, StandardCharsets.UTF_8);
        for (String file : ROOT_FILES) {
            FileTree.copyFile(root.resolve(file), out.resolve(file));
        }
        for (String folder : ROOT_FOLDERS) {
            FileTree.copyTree(root.resolve(folder), out.resolve(folder), NEVER);
        }
        for (String chapter : chapters) {
            Path from = root.resolve(chapter);
            Path to = out.resolve(chapter);
            for (String file : CHAPTER_FILES) {
                FileTree.copyFile(from.resolve(file), to.resolve(file));
            }
            FileTree.copyTree(from.resolve("src/test/java"), to.resolve("src/test/java"), List.of());
            FileTree.copyTree(from.resolve("src/test/resources"), to.resolve("src/test/resources"), List.of());
            if (hidden) {
                FileTree.copyTree(from.resolve("src/hidden-test/java"), to.resolve("src/hidden-test/java"),
                        List.of());
            }
        }
    }

    /** Deletes a folder and everything in it; nothing happens when it does not exist. */
    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
