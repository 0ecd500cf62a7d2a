package course.tool.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Sharding a roster")
class ShardsTest {

    static List<RosterEntry> roster(int rows) {
        return IntStream.range(0, rows).mapToObj(i -> new RosterEntry("student" + (char) ('a' + i % 26) + i,
                "org/repo" + i, "", i + 2L)).toList();
    }

    @ParameterizedTest(name = "{0} rows in {1} shards")
    @CsvSource({"1, 1", "5, 2", "7, 3", "10, 4", "30, 7", "3, 5"})
    @DisplayName("puts every row in exactly one shard, and shard sizes differ by one at most")
    void coversOnceAndBalances(int rows, int shards) {
        List<RosterEntry> entries = roster(rows);

        List<RosterEntry> all = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int index = 0; index < shards; index++) {
            List<RosterEntry> shard = Shards.shard(entries, shards, index);
            all.addAll(shard);
            sizes.add(shard.size());
        }

        assertThat(all).as("the shards together").containsExactlyInAnyOrderElementsOf(entries);
        assertThat(Collections.max(sizes) - Collections.min(sizes)).as("largest minus smallest shard, in " + sizes)
                .isLessThanOrEqualTo(1);
    }

    @Test
    @DisplayName("depends on the students only, not on the order of the roster's lines")
    void stable() {
        List<RosterEntry> entries = roster(11);
        List<RosterEntry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(7));

        for (int index = 0; index < 3; index++) {
            assertThat(Shards.shard(shuffled, 3, index)).as("shard " + index)
                    .isEqualTo(Shards.shard(entries, 3, index));
        }
    }

    @ParameterizedTest(name = "{0} asked for {1} rows: {2}")
    @CsvSource({"4, 10, 4", "4, 3, 3", "1, 50, 1", "8, 1, 1"})
    @DisplayName("runs as many shards as asked, but never more than there are rows")
    void count(int asked, int rows, int expected) {
        assertThat(Shards.count(asked, rows)).isEqualTo(expected);
        assertThat(Shards.shard(roster(rows), expected, expected - 1)).as("the last shard has rows").isNotEmpty();
    }
}
