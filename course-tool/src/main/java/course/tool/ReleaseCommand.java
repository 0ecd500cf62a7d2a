package course.tool;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the two releases: the student edition, and one chapter's solution into it. */
@Command(name = "release", mixinStandardHelpOptions = true,
        subcommands = {ReleaseStudentCommand.class, ReleaseSolutionsCommand.class},
        description = "Writes a student edition, or adds a chapter's reference solution to one.")
final class ReleaseCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to release: student or solutions.");
    }
}
