package course.tool.bulk;

import java.nio.file.Path;
import java.util.List;

/**
 * One student's row of a gradebook, with where it came from.
 *
 * @param values the row's values, one per column of its file's header
 * @param file the gradebook it was read from
 * @param line its line in that file
 */
public record GradebookRow(List<String> values, Path file, long line) {

    /** The student, the first column. */
    public String student() {
        return values.get(0);
    }

    /** Where the row was read, for messages: "shard-1/gradebook.csv line 3". */
    public String origin() {
        return file + " line " + line;
    }
}
