package course.testsupport.grading.export;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts arbitrary text (test names, failure messages, compiler output) into GitHub-flavoured
 * Markdown so that it reads as the same text: nothing in it becomes a table border, a tag,
 * emphasis, a link or math.
 */
final class MarkdownText {

    /** What a table cell keeps of a message: its first lines, and at most so many characters. */
    static final int CELL_LINES = 3;
    static final int CELL_CHARS = 300;

    /** ASCII punctuation GitHub would read as markup; CommonMark lets a backslash escape any of it. */
    private static final String MARKUP = "\\`*_[]<>|~&$!#";

    private static final Pattern BACKTICKS = Pattern.compile("`+");

    private MarkdownText() {
    }

    /** One table cell's text: markup escaped, lines joined with {@code <br>}; "" for null. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return String.join("<br>", lines.stream().map(MarkdownText::escape).toList());
    }

    /** The first {@value #CELL_LINES} non-blank lines of a message, cut at {@value #CELL_CHARS} characters. */
    static String shortened(String message) {
        if (message == null) {
            return "";
        }
        List<String> lines = message.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        String kept = String.join("\n", lines.subList(0, Math.min(CELL_LINES, lines.size())));
        boolean cut = lines.size() > CELL_LINES;
        if (kept.length() > CELL_CHARS) {
            int space = kept.lastIndexOf(' ', CELL_CHARS);
            kept = kept.substring(0, space > CELL_CHARS / 2 ? space : CELL_CHARS);
            cut = true;
        }
        return cut ? kept + " …" : kept;
    }

    /** A fenced code block holding {@code text} verbatim, its fence longer than any backtick run inside. */
    static String codeBlock(String text) {
        int longest = 0;
        Matcher run = BACKTICKS.matcher(text);
        while (run.find()) {
            longest = Math.max(longest, run.group().length());
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        return fence + "text\n" + text.strip() + "\n" + fence + "\n";
    }

    private static String escape(String line) {
        StringBuilder escaped = new StringBuilder(line.length() + 8);
        for (char c : line.toCharArray()) {
            if (MARKUP.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
