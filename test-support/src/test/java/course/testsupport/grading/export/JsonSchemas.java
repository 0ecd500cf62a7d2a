package course.testsupport.grading.export;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Validates JSON text against a JSON Schema (draft 2020-12) and returns the violations in words.
 * The schemas live in the repository's docs, where course-tool's edition check reads them too.
 */
final class JsonSchemas {

    private static final Path DOCS = Path.of("../docs");

    /** Our own results.json. */
    static final Path GRADING_RESULTS = DOCS.resolve("grading-results.schema.json");

    static final Path CLASSROOM_REPORTER = DOCS.resolve("schemas/classroom-reporter-runner.schema.json");
    static final Path CLASSROOM50 = DOCS.resolve("schemas/classroom50-result-v1.schema.json");
    static final Path GRADESCOPE = DOCS.resolve("schemas/gradescope-results.schema.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12);

    private JsonSchemas() {
    }

    /**
     * The violations of {@code json} against the schema file, empty when valid. The file's location
     * resolves a relative "$id" such as our "socket-course/grading-results/v1".
     */
    static List<String> violations(Path schemaFile, String json) {
        try {
            Schema schema = REGISTRY.getSchema(SchemaLocation.of(schemaFile.toAbsolutePath().toUri().toString()),
                    Files.readString(schemaFile), InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
