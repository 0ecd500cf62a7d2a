package course.testsupport.grading.gate;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.testsupport.grading.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the outcomes.jsonl that the grading listener wrote during a test run. */
final class Outcomes {

    private Outcomes() {
    }

    /** The recorded lines; a last line cut off by a killed JVM is dropped. Empty if the file is missing. */
    static List<Outcome> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
        ObjectMapper mapper = new ObjectMapper();
        return lines.stream().flatMap(line -> {
            try (MappingIterator<Outcome> one = mapper.readerFor(Outcome.class).readValues(line)) {
                return one.readAll().stream();
            } catch (IOException cutOff) {
                return java.util.stream.Stream.<Outcome>empty();
            }
        }).toList();
    }
}
