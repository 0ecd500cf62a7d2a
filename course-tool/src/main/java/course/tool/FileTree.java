package course.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Copies files and folders, leaving out build output and version control. */
public final class FileTree {

    /** Folder names never copied and never scanned. */
    static final Set<String> SKIPPED = Set.of("target", ".git");

    private FileTree() {
    }

    /** Copies one file, creating its folder and keeping its attributes (mvnw stays executable). */
    public static void copyFile(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
    }

    /**
     * Copies every file under {@code from} to the same place under {@code to}, except those inside a
     * skipped folder or under one of the {@code excluded} relative paths; a missing {@code from} copies nothing.
     */
    public static int copyTree(Path from, Path to, List<String> excluded) throws IOException {
        int copied = 0;
        for (Path file : files(from)) {
            Path relative = from.relativize(file);
            if (excluded.stream().noneMatch(prefix -> relative.startsWith(prefix))) {
                copyFile(file, to.resolve(relative.toString()));
                copied++;
            }
        }
        return copied;
    }

    /** The regular files under {@code root} outside skipped folders, sorted; none when it does not exist. */
    static List<Path> files(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !inSkippedFolder(root.relativize(path)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean inSkippedFolder(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            if (SKIPPED.contains(relative.getName(i).toString())) {
                return true;
            }
        }
        return false;
    }
}
