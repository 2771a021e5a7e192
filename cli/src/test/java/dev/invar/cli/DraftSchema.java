package dev.invar.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** The documented schema of {@code invar draft --json}, docs/draft-schema.json, for tests to validate against. */
public final class DraftSchema {
    private static final JsonSchema SCHEMA;

    static {
        try {
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("../docs/draft-schema.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DraftSchema() {
    }

    /** What the document breaks of the schema; empty when it follows it. */
    public static Set<ValidationMessage> violations(JsonNode document) {
        return SCHEMA.validate(document);
    }
}
