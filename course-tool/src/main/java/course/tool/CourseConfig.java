package course.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The course configuration file, course.json: one deadline per chapter.
 *
 * <pre>{"schema": "socket-course/course/v1", "chapters": {"01-blocking": {"deadline": "2026-12-14"}}}</pre>
 *
 * @param deadlines each chapter's deadline, by chapter folder name
 */
record CourseConfig(Map<String, LocalDate> deadlines) {

    /** The only schema this tool reads. */
    static final String SCHEMA = "socket-course/course/v1";

    /** Reads and checks the file; a wrong schema, a missing deadline or a bad date fails with its location. */
    static CourseConfig load(Path file) throws IOException {
        JsonNode tree = new ObjectMapper().readTree(file.toFile());
        String schema = tree.path("schema").asText("");
        if (!SCHEMA.equals(schema)) {
            throw new ToolFailure(file + ": \"schema\" must be \"" + SCHEMA + "\", found \"" + schema + "\"");
        }
        JsonNode chapters = tree.path("chapters");
        if (!chapters.isObject()) {
            throw new ToolFailure(file + ": \"chapters\" must be an object of chapter names");
        }
        Map<String, LocalDate> deadlines = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> entries = chapters.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String text = entry.getValue().path("deadline").asText("");
            try {
                deadlines.put(entry.getKey(), LocalDate.parse(text));
            } catch (DateTimeParseException e) {
                throw new ToolFailure(file + ": chapters." + entry.getKey() + ".deadline must be a date like "
                        + "2026-12-14, found \"" + text + "\"");
            }
        }
        return new CourseConfig(Map.copyOf(deadlines));
    }

    /** The chapter's deadline, if the file names one. */
    Optional<LocalDate> deadline(String chapter) {
        return Optional.ofNullable(deadlines.get(chapter));
    }
}
