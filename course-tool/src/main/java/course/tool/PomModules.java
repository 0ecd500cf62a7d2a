package course.tool;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small edits of a pom's {@code <modules>} element as text, so that everything else in the
 * file stays byte for byte as the instructor wrote it.
 */
public final class PomModules {

    private static final Pattern MODULES = Pattern.compile("<modules>.*?</modules>", Pattern.DOTALL);

    private PomModules() {
    }

    /** The pom without the line that lists {@code module}; unchanged when it is not listed. */
    public static String without(String pom, String module) {
        Matcher modules = MODULES.matcher(pom);
        if (!modules.find()) {
            return pom;
        }
        Pattern line = Pattern.compile("[ \\t]*<module>" + Pattern.quote(module) + "</module>[ \\t]*\\R");
        String edited = line.matcher(modules.group()).replaceAll("");
        return pom.substring(0, modules.start()) + edited + pom.substring(modules.end());
    }

    /** The pom with {@code module} listed last among its modules; the list is created when missing. */
    static String with(String pom, String module) {
        String entry = "<module>" + module + "</module>";
        Matcher modules = MODULES.matcher(pom);
        if (modules.find()) {
            if (modules.group().contains(entry)) {
                return pom;
            }
            int close = modules.end() - "</modules>".length();
            return pom.substring(0, close) + "  " + entry + "\n  " + pom.substring(close);
        }
        String block = "\n  <modules>\n    " + entry + "\n  </modules>\n";
        int packaging = pom.indexOf("</packaging>");
        int at = packaging >= 0 ? packaging + "</packaging>".length() : pom.lastIndexOf("</project>");
        if (at < 0) {
            throw new ToolFailure("not a pom: no </project>");
        }
        return pom.substring(0, at) + block + pom.substring(at);
    }
}
