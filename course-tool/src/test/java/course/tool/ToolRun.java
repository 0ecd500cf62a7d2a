package course.tool;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One run of the tool in this JVM, with what it printed.
 *
 * @param exitCode the tool's exit code
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 */
public record ToolRun(int exitCode, String out, String err) {

    /** The course root seen from the module folder, where Surefire runs the tests. */
    public static final String COURSE = "..";

    public static ToolRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = CourseTool.commandLine();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new ToolRun(code, out.toString(), err.toString());
    }
}
