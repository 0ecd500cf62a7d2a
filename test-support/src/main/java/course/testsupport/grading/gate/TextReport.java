package course.testsupport.grading.gate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders results for people reading a terminal: a chapter's report after its tests, and
 * the course-wide scoreboard at the end of the build. Plain ASCII, so every console shows it.
 */
final class TextReport {

    static final int MESSAGE_WIDTH = 150;
    static final int MESSAGE_LINES = 4;

    private TextReport() {
    }

    /** A chapter's points per exercise, then each failing test with its message, shortened. */
    static String chapter(ChapterResults results, Map<Integer, String> titles, Path resultsFile) {
        StringBuilder text = new StringBuilder("\n");
        text.append(rule(results.chapter() + " (" + results.run() + " run): " + results.score() + "/"
                + results.maxScore() + " points"));
        if (results.tests().isEmpty()) {
            text.append("  No graded exercises in this chapter yet.\n");
            return text.toString();
        }
        if (results.message() != null) {
            text.append("  Why no test counts:\n").append(indent(results.message(), "    ")).append('\n');
        }
        for (ExerciseScore exercise : ExerciseScore.of(results)) {
            text.append(String.format("  Exercise %-3d %-40s %3d/%-3d%s%n", exercise.exercise(),
                    clip(titles.getOrDefault(exercise.exercise(), ""), 40), exercise.score(), exercise.maxScore(),
                    exercise.failing().isEmpty() ? "" : "  (" + exercise.failing().size() + " failing)"));
        }
        List<TestResult> failing = ExerciseScore.of(results).stream().flatMap(e -> e.failing().stream()).toList();
        if (!failing.isEmpty() && results.message() == null) {
            text.append("\n  What failed, and why (full messages in ").append(resultsFile).append("):\n");
            for (TestResult test : failing) {
                text.append(String.format("  x Exercise %d, %s test: %s [%s, 0/%d]%n", test.exercise(),
                        test.visibility(), test.name(), test.status().json(), test.maxScore()));
                text.append(indent(shorten(test.message()), "      ")).append('\n');
            }
        }
        return text.toString();
    }

    /** One row per exercise of every chapter, with the first failure of each. */
    static String scoreboard(String run, List<ChapterEntry> chapters) {
        StringBuilder text = new StringBuilder("\n").append(rule("Scoreboard (" + run + " run)"));
        text.append(String.format("  %-16s %-34s %7s  %s%n", "Chapter", "Exercise", "Points", "First failure"));
        int score = 0;
        int max = 0;
        for (ChapterEntry entry : chapters) {
            if (entry.results() == null) {
                text.append(String.format("  %-16s %-34s %7s  %s%n", entry.chapter(), "-", "-",
                        "not graded: its build stopped before the grading step (see above)"));
                continue;
            }
            List<ExerciseScore> exercises = ExerciseScore.of(entry.results());
            if (exercises.isEmpty()) {
                text.append(String.format("  %-16s %-34s %7s  %s%n", entry.chapter(), "(no exercises yet)", "0/0",
                        ""));
            }
            for (ExerciseScore exercise : exercises) {
                String title = exercise.exercise() + " " + entry.titles().getOrDefault(exercise.exercise(), "");
                String failure = exercise.firstFailure().map(t -> firstLine(t.message())).orElse("");
                text.append(String.format("  %-16s %-34s %7s  %s%n", entry.chapter(), clip(title, 34),
                        exercise.score() + "/" + exercise.maxScore(), clip(failure, 70)));
            }
            score += entry.results().score();
            max += entry.results().maxScore();
        }
        text.append(String.format("  %-16s %-34s %7s%n", "Total", "", score + "/" + max));
        return text.toString();
    }

    /**
     * A chapter's name, its results (null when missing) and exercise titles.
     *
     * @param chapter the chapter module
     * @param results its results, or null when the run wrote none
     * @param titles exercise titles from its README
     */
    record ChapterEntry(String chapter, ChapterResults results, Map<Integer, String> titles) {
    }

    /** The message's first lines, at most {@value #MESSAGE_LINES}, long ones wrapped at a space. */
    static String shorten(String message) {
        if (message == null) {
            return "";
        }
        List<String> lines = message.lines().filter(line -> !line.isBlank()).map(String::strip)
                .flatMap(line -> wrap(line).stream()).toList();
        StringBuilder text = new StringBuilder(String.join("\n", lines.subList(0, Math.min(lines.size(),
                MESSAGE_LINES))));
        if (lines.size() > MESSAGE_LINES) {
            text.append("\n[... ").append(lines.size() - MESSAGE_LINES).append(" more lines]");
        }
        return text.toString();
    }

    private static List<String> wrap(String line) {
        List<String> pieces = new ArrayList<>();
        String rest = line;
        while (rest.length() > MESSAGE_WIDTH) {
            int cut = rest.lastIndexOf(' ', MESSAGE_WIDTH);
            cut = cut <= 0 ? MESSAGE_WIDTH : cut;
            pieces.add(rest.substring(0, cut));
            rest = rest.substring(cut).strip();
        }
        pieces.add(rest);
        return pieces;
    }

    /** The first line of a message; after an AssertJ description ("[what was checked]"), also the next one. */
    static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(2).toList();
        if (lines.isEmpty()) {
            return "";
        }
        boolean description = lines.get(0).startsWith("[") && lines.get(0).endsWith("]") && lines.size() > 1;
        return description ? lines.get(0) + " " + lines.get(1) : lines.get(0);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> prefix + line).reduce((a, b) -> a + "\n" + b).orElse(prefix);
    }

    private static String rule(String title) {
        String line = "=".repeat(Math.max(4, 96 - title.length() - 4));
        return "== " + title + " " + line + "\n";
    }
}
