package course.testsupport.grading.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;

/**
 * JSON for the exports. Every name comes from an explicit {@code @JsonProperty}, because each
 * consumer spells its fields its own way (snake_case, kebab-case) and no naming strategy fits all.
 */
public final class ExportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ExportJson() {
    }

    /** Indented JSON, for files a person may open. */
    public static String pretty(Object value) {
        return write(value, true);
    }

    /** One-line JSON, for the base64 payload. */
    public static String compact(Object value) {
        return write(value, false);
    }

    /** Parses what {@link #pretty} or {@link #compact} wrote. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String write(Object value, boolean indent) {
        try {
            return indent ? MAPPER.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + "\n"
                    : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
