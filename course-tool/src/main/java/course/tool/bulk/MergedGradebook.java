package course.tool.bulk;

import java.util.List;

/**
 * The gradebook of a whole class, merged from the shards' gradebooks.
 *
 * @param header the columns every input had
 * @param rows every row, ordered by student; students of the roster without a row get a {@code missing} one
 * @param missing the roster's students no input had a row for
 * @param unlisted students with a row who are not on the roster (kept, but worth a look)
 */
public record MergedGradebook(List<String> header, List<List<String>> rows, List<String> missing,
        List<String> unlisted) {

    /** The value of {@code column} in {@code row}. */
    public String value(List<String> row, String column) {
        return row.get(header.indexOf(column));
    }
}
