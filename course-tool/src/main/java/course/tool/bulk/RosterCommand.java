package course.tool.bulk;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups what the bulk-grading workflow asks of a roster: its shards, and the job matrix that runs them. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        subcommands = {RosterShardCommand.class, RosterMatrixCommand.class},
        description = "Reads a roster (CSV: " + Roster.HEADER + ") and splits it for grading jobs that run in "
                + "parallel: 'roster matrix' prints the jobs' matrix, 'roster shard' one job's rows.")
public final class RosterCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to do with the roster: shard or matrix.");
    }

    /** Fails with exit code 2 unless {@code shards} is 1 or more. */
    static void checkShards(CommandSpec spec, int shards) {
        if (shards < 1) {
            throw new ParameterException(spec.commandLine(), "--shards must be 1 or more, not " + shards);
        }
    }
}
