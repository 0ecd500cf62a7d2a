package course.tool;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Groups the releases: the student edition, one chapter's solution into it, and autograder bundles. */
@Command(name = "release", mixinStandardHelpOptions = true,
        subcommands = {ReleaseStudentCommand.class, ReleaseSolutionsCommand.class, ReleaseBundleCommand.class},
        description = "Writes a student edition, adds a chapter's reference solution to one, "
                + "or writes a chapter's autograder bundle for Gradescope or Classroom 50.")
final class ReleaseCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Name what to release: student, solutions or bundle.");
    }
}
