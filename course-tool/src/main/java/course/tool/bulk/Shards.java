package course.tool.bulk;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits a roster into shards, one per grading job. Rows are ordered by student and dealt out in turn, like
 * cards: shard sizes differ by at most one, every row lands in exactly one shard, and the split depends on
 * the set of students only, not on the order of the roster's lines.
 */
public final class Shards {

    private Shards() {
    }

    /**
     * How many shards are worth running: as asked, but never more than there are rows (an empty job would
     * only build the tool for nothing).
     *
     * @param asked the shards asked for, 1 or more
     * @param rows the roster's rows
     * @return the number of shards
     */
    public static int count(int asked, int rows) {
        return Math.max(1, Math.min(asked, rows));
    }

    /**
     * The rows of shard {@code index} of {@code shards}.
     *
     * @param entries the roster's rows
     * @param shards how many shards, 1 or more
     * @param index which one, from 0 to {@code shards - 1}
     * @return its rows, ordered by student
     */
    public static List<RosterEntry> shard(List<RosterEntry> entries, int shards, int index) {
        List<RosterEntry> sorted = entries.stream().sorted(Comparator.comparing(RosterEntry::student)).toList();
        return IntStream.range(0, sorted.size()).filter(i -> i % shards == index).mapToObj(sorted::get).toList();
    }

    /** The indices of {@code count} shards: {@code [0, 1, ..., count - 1]}. */
    public static List<Integer> indices(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
