package course.tool.grade;

import com.fasterxml.jackson.databind.ObjectMapper;
import course.testsupport.grading.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outcomes of a submission's runs that a test JVM ended early (System.exit, halt, a crash), kept across the
 * reruns that leave out every test already started: so an exit costs only the test that called it.
 * Each chapter's outcomes of every run are appended to one file in the workspace.
 */
final class EarlyExits {

    /** The most reruns of one submission: each started test is left out next time, so this bounds the work. */
    static final int MAX_RERUNS = 5;

    private final Path folder;

    EarlyExits(Path workspace) {
        this.folder = workspace.resolve("early-exits");
    }

    /** The outcomes.jsonl a chapter's run leaves in the workspace. */
    static Path outcomesOf(Path workspace, String chapter) {
        return workspace.resolve(chapter).resolve("target/grading/student/outcomes.jsonl");
    }

    /** Whether a chapter's run ended without results.json but left outcomes: its test JVM ended early. */
    static boolean stopped(Path workspace, String chapter) {
        return Files.isRegularFile(outcomesOf(workspace, chapter))
                && !Files.isRegularFile(workspace.resolve(chapter).resolve("target/grading/results.json"));
    }

    /** Keeps the outcomes of the chapter's last run, before the next run's clean step deletes them. */
    void keep(Path workspace, String chapter) throws IOException {
        Files.createDirectories(folder);
        byte[] lines = Files.readAllBytes(outcomesOf(workspace, chapter));
        Files.write(history(chapter), lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (lines.length > 0 && lines[lines.length - 1] != '\n') {
            // A JVM that ended mid-line left a cut line: end it so the next run's first line stays whole.
            Files.writeString(history(chapter), "\n", StandardOpenOption.APPEND);
        }
    }

    /** Whether any outcomes of the chapter were kept. */
    boolean has(String chapter) {
        return Files.isRegularFile(history(chapter));
    }

    /** Every test ("class#method") of the kept runs that started, whether or not it finished. */
    Set<String> started(String chapter) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Outcome outcome : read(history(chapter))) {
            keys.add(outcome.key());
        }
        return keys;
    }

    /**
     * Writes the kept outcomes followed by those of the chapter's last run (when it left any) into one file.
     *
     * @return the joined file
     */
    Path joined(Path workspace, String chapter) throws IOException {
        Path joined = folder.resolve(chapter + "-joined.jsonl");
        Files.copy(history(chapter), joined, StandardCopyOption.REPLACE_EXISTING);
        Path last = outcomesOf(workspace, chapter);
        if (Files.isRegularFile(last)) {
            Files.write(joined, Files.readAllBytes(last), StandardOpenOption.APPEND);
        }
        return joined;
    }

    private Path history(String chapter) {
        return folder.resolve(chapter + ".jsonl");
    }

    private static List<Outcome> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Outcome> outcomes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            try {
                outcomes.add(mapper.readValue(line, Outcome.class));
            } catch (IOException cutOff) {
                // The last line of a JVM that ended mid-write: nothing to learn from it.
            }
        }
        return outcomes;
    }
}
