package course.tool;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The grading exports' JSON Schemas (draft 2020-12) in the course's docs, which test-support's tests read too. */
enum SchemaCheck {
    /** One runner of GitHub Classroom's grading reporter, decoded from {@code <RUNNER>_RESULTS}. */
    CLASSROOM_REPORTER("schemas/classroom-reporter-runner.schema.json"),
    /** Classroom 50's result.json, its published schema. */
    CLASSROOM50("schemas/classroom50-result-v1.schema.json"),
    /** Gradescope's results.json. */
    GRADESCOPE("schemas/gradescope-results.schema.json");

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12);

    private final String file;

    SchemaCheck(String file) {
        this.file = file;
    }

    /** The violations of {@code json}, in words; empty when it is valid. */
    List<String> violations(String json) throws IOException {
        Path schemaFile = Path.of(ToolRun.COURSE, "docs", file).toAbsolutePath().normalize();
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(schemaFile.toUri().toString()),
                Files.readString(schemaFile), InputFormat.JSON);
        return schema.validate(json, InputFormat.JSON).stream().map(Object::toString).toList();
    }
}
