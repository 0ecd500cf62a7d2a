package course.tool.bulk;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups what is done with gradebooks once {@code grade} wrote them. */
@Command(name = "gradebook", mixinStandardHelpOptions = true, subcommands = GradebookMergeCommand.class,
        description = "Works on gradebooks written by grade: 'gradebook merge' joins the shards of a bulk run.")
public final class GradebookCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to do with gradebooks: merge.");
    }
}
