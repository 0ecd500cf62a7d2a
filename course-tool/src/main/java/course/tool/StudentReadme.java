package course.tool;

import java.util.ArrayList;
import java.util.List;

/**
 * The student edition's front page: the instructor repository's README without its
 * "For instructors" section (proof, releases, bulk grading), which would only distract a
 * student and names commands their edition does not have.
 */
final class StudentReadme {

    /** The level-2 heading whose section, up to the next level-2 heading, is left out. */
    static final String INSTRUCTORS_HEADING = "## For instructors";

    private StudentReadme() {
    }

    /** The README text without the instructors' section; the text as it is when there is none. */
    static String of(String instructorReadme) {
        List<String> kept = new ArrayList<>();
        boolean inFence = false;
        boolean skipping = false;
        for (String line : instructorReadme.split("\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence && line.startsWith("## ")) {
                skipping = line.strip().equals(INSTRUCTORS_HEADING);
            }
            if (!skipping) {
                kept.add(line);
            }
        }
        return String.join("\n", kept);
    }
}
