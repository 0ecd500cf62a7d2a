package course.tool.bulk;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roster matrix}: the {@code strategy.matrix} of the grading jobs, as one line of JSON. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Prints the grading jobs' matrix for GitHub Actions' strategy.matrix on one line, e.g. "
                + "{\"shard\":[0,1,2]}: N shards, or one per student when the roster has fewer. The roster is "
                + "checked first, so a malformed one stops the workflow before any job starts.")
final class RosterMatrixCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ROSTER", description = "The roster, a CSV file: " + Roster.HEADER + ".")
    private Path roster;

    @Option(names = "--shards", required = true, paramLabel = "N", description = "How many shards at most.")
    private int shards;

    @Override
    public Integer call() throws IOException {
        RosterCommand.checkShards(spec, shards);
        int count = Shards.count(shards, Roster.read(roster).entries().size());
        PrintWriter out = spec.commandLine().getOut();
        out.println(new ObjectMapper().writeValueAsString(Map.of("shard", Shards.indices(count))));
        out.flush();
        return 0;
    }
}
