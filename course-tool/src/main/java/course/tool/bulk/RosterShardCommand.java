package course.tool.bulk;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code roster shard}: one grading job's rows, one line each, for a shell loop. */
@Command(name = "shard", mixinStandardHelpOptions = true,
        description = "Prints the rows of shard K of N, one per line: student, repository and ref separated by "
                + "a tab (ref may be empty). Rows are ordered by student and dealt out in turn, so shards differ "
                + "in size by one at most. Every value was checked (no space, quote or leading dash), so%n"
                + "  while IFS=$'\\t' read -r student repository ref; do ...; done%n"
                + "reads them safely.")
final class RosterShardCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ROSTER", description = "The roster, a CSV file: " + Roster.HEADER + ".")
    private Path roster;

    @Option(names = "--shards", required = true, paramLabel = "N", description = "How many shards in all.")
    private int shards;

    @Option(names = "--index", required = true, paramLabel = "K", description = "Which shard, from 0 to N-1.")
    private int index;

    @Override
    public Integer call() throws IOException {
        RosterCommand.checkShards(spec, shards);
        if (index < 0 || index >= shards) {
            throw new ParameterException(spec.commandLine(), "--index must be from 0 to " + (shards - 1)
                    + " for " + shards + " shard(s), not " + index);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (RosterEntry entry : Shards.shard(Roster.read(roster).entries(), shards, index)) {
            out.println(entry.tabSeparated());
        }
        out.flush();
        return 0;
    }
}
