package course.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The instructor repository: a folder with the root pom.xml and course.json.
 *
 * @param root the repository's root folder
 * @param config the course configuration read from course.json
 */
public record CourseRoot(Path root, CourseConfig config) {

    /** The course configuration file, at the repository root. */
    public static final String CONFIG_FILE = "course.json";

    /** Opens the course at {@code dir}, or fails saying what is missing. */
    public static CourseRoot at(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        for (String required : List.of("pom.xml", CONFIG_FILE)) {
            if (!Files.isRegularFile(root.resolve(required))) {
                throw new ToolFailure(root + " is not the course's root: it has no " + required
                        + " (run from the instructor repository, or name it with --course)");
            }
        }
        return new CourseRoot(root, CourseConfig.load(root.resolve(CONFIG_FILE)));
    }

    /** Chapter folders, "NN-name" with a pom.xml, sorted by name. */
    public List<Path> chapters() throws IOException {
        return chapterFolders(root);
    }

    /** Chapter folders under any course or edition root. */
    static List<Path> chapterFolders(Path root) throws IOException {
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(path -> path.getFileName().toString().matches("\\d\\d-.+"))
                    .filter(path -> Files.isRegularFile(path.resolve("pom.xml")))
                    .sorted()
                    .toList();
        }
    }
}
