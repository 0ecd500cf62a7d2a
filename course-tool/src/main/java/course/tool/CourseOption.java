package course.tool;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --course ROOT} option every command shares: the instructor repository to work from. */
public final class CourseOption {

    @Option(names = "--course", paramLabel = "ROOT", defaultValue = ".",
            description = "The instructor repository (default: the current folder).")
    private Path courseDir;

    /** The course at {@code --course}, checked to be one. */
    public CourseRoot course() throws IOException {
        return CourseRoot.at(courseDir);
    }
}
