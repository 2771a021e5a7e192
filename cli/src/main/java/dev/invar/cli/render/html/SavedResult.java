package dev.invar.cli.render.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.cli.UsageException;
import dev.invar.cli.render.JsonReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A result document saved from {@code invar check --json}, read back for {@code invar report}. */
public final class SavedResult {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SavedResult() {
    }

    /** @throws UsageException when the file is missing, is not JSON, or is not a result of this schema version */
    public static JsonNode read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(file + ": no such file");
        }
        JsonNode doc;
        try {
            doc = MAPPER.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new UsageException(file + ": not a JSON document (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new UsageException("cannot read " + file + ": " + e.getMessage());
        }
        if (doc == null || !doc.isObject() || !doc.has("verdict")) {
            throw new UsageException(file + ": not an Invar check result (invar check --json writes one)");
        }
        JsonNode version = doc.path("schemaVersion");
        if (!version.isInt() || version.asInt() != JsonReport.SCHEMA_VERSION) {
            throw new UsageException(file + ": result schemaVersion " + (version.isMissingNode() ? "missing" : version)
                    + ", this Invar reads " + JsonReport.SCHEMA_VERSION);
        }
        return doc;
    }
}
