package course.tool;

import course.tool.bulk.GradebookCommand;
import course.tool.bulk.RosterCommand;
import course.tool.grade.GradeCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The instructor's command-line tool: writes student editions, releases reference solutions
 * after their deadlines, and scans editions for leaked solutions and hidden tests.
 * Exit codes: 0 done, 1 the command failed, 2 the command line was wrong.
 */
@Command(name = "course-tool", mixinStandardHelpOptions = true, version = "course-tool 1.0",
        subcommands = {ReleaseCommand.class, ScanCommand.class, GradeCommand.class, RosterCommand.class,
                GradebookCommand.class, CommandLine.HelpCommand.class},
        description = "Releases this course to students (the student edition, then each chapter's solution) "
                + "and grades their submissions, on one machine or split over many (roster, gradebook merge).")
public final class CourseTool implements Runnable {

    @Spec
    private CommandSpec spec;

    /**
     * Runs the tool and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The tool's command line, with failures reported as one line and exit code 1; tests run it too. */
    public static CommandLine commandLine() {
        CommandLine line = new CommandLine(new CourseTool());
        line.setExecutionExceptionHandler((failure, command, parsed) -> {
            String text = failure instanceof ToolFailure ? failure.getMessage()
                    : failure.getClass().getSimpleName() + ": " + failure.getMessage();
            command.getErr().println("course-tool: " + text);
            command.getErr().flush();
            return 1;
        });
        return line;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(),
                "Name a command: release student, release solutions, release bundle, scan, grade, roster or "
                        + "gradebook (see --help).");
    }
}
