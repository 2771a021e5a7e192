package dev.invar.cli.render.ci;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.invar.ci.CiReport;
import dev.invar.ci.ModelOutcome;
import dev.invar.cli.VersionProvider;
import dev.invar.tlc.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * SARIF 2.1.0 for code scanning: one result per model that did not pass, located at the violated
 * property's definition (else at the spec), with rule ids per kind of failure.
 */
public final class Sarif {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Sarif() {
    }

    public static ObjectNode document(CiReport report, Path root) {
        ObjectNode doc = JSON.objectNode();
        doc.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        doc.put("version", "2.1.0");
        ObjectNode run = doc.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "invar");
        driver.put("version", VersionProvider.invarVersion());
        driver.put("informationUri", "https://github.com/invar-dev/invar");
        ArrayNode rules = driver.putArray("rules");
        rule(rules, "unexpected-verdict", "A model did not give the verdict it expects (e.g. an invariant is violated).");
        rule(rules, "state-bounds", "A model's distinct-state count is outside its bounds (hollowed out or exploded).");
        rule(rules, "not-checked", "A model could not be checked: parse or config error, crash or timeout.");
        ArrayNode results = run.putArray("results");
        for (ModelOutcome o : report.outcomes()) {
            if (o.passed() || o.status() == ModelOutcome.Status.SKIPPED) {
                continue;
            }
            ObjectNode result = results.addObject();
            String rule = o.status() == ModelOutcome.Status.FAILED
                    ? (o.reason().contains("distinct states") ? "state-bounds" : "unexpected-verdict") : "not-checked";
            result.put("ruleId", rule);
            result.put("level", "error");
            result.putObject("message").put("text", o.model().name() + ": " + o.reason());
            location(result.putArray("locations").addObject(), root, o);
        }
        return doc;
    }

    public static void write(CiReport report, Path root, Path file) {
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document(report, root));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void rule(ArrayNode rules, String id, String text) {
        ObjectNode rule = rules.addObject();
        rule.put("id", id);
        rule.putObject("shortDescription").put("text", text);
    }

    private static void location(ObjectNode location, Path root, ModelOutcome o) {
        ObjectNode physical = location.putObject("physicalLocation");
        Optional<SourceLocation> at = o.propertyDefinition();
        String uri = at.flatMap(SourceLocation::file).map(f -> root.toAbsolutePath().normalize().relativize(f).toString())
                .orElse(o.model().spec());
        physical.putObject("artifactLocation").put("uri", uri);
        ObjectNode region = physical.putObject("region");
        region.put("startLine", at.map(SourceLocation::line).orElse(1));
        region.put("startColumn", at.map(SourceLocation::column).orElse(1));
    }
}
