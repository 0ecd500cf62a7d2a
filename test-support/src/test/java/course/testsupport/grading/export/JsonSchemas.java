package course.testsupport.grading.export;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Validates JSON text against a JSON Schema (draft 2020-12) and returns the violations in words. */
final class JsonSchemas {

    /** Our own results.json schema, read from the repository's docs. */
    static final Path GRADING_RESULTS = Path.of("../docs/grading-results.schema.json");

    static final String CLASSROOM_REPORTER = "schemas/classroom-reporter-runner.schema.json";
    static final String CLASSROOM50 = "schemas/classroom50-result-v1.schema.json";
    static final String GRADESCOPE = "schemas/gradescope-results.schema.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12);

    private JsonSchemas() {
    }

    /** The violations of {@code json} against the schema file, empty when valid. */
    static List<String> violations(Path schemaFile, String json) {
        try {
            return violationsOf(schemaFile.toAbsolutePath().toUri().toString(), Files.readString(schemaFile), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The violations of {@code json} against a schema on the test class path, empty when valid. */
    static List<String> violations(String schemaResource, String json) {
        URL url = JsonSchemas.class.getClassLoader().getResource(schemaResource);
        if (url == null) {
            throw new IllegalArgumentException("No schema on the class path: " + schemaResource);
        }
        try (InputStream in = url.openStream()) {
            return violationsOf(url.toString(), new String(in.readAllBytes(), StandardCharsets.UTF_8), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The location resolves a relative "$id" such as our "socket-course/grading-results/v1". */
    private static List<String> violationsOf(String location, String schemaJson, String json) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(location), schemaJson, InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }
}
