package course.testsupport.grading.gate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The exercise titles of a chapter, from its README's headings "### Exercise N: Title". */
public final class ExerciseTitles {

    private static final Pattern HEADING = Pattern.compile("^#{2,4}\\s+Exercise\\s+(\\d+)\\s*[:.\\-—]\\s*(.+?)\\s*$");

    private ExerciseTitles() {
    }

    /** The titles by exercise number; empty when the README is missing. */
    public static Map<Integer, String> of(Path readme) throws IOException {
        Map<Integer, String> titles = new TreeMap<>();
        if (!Files.exists(readme)) {
            return titles;
        }
        for (String line : Files.readAllLines(readme)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                titles.put(Integer.parseInt(heading.group(1)), heading.group(2));
            }
        }
        return titles;
    }
}
