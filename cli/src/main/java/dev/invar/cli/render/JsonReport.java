package dev.invar.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.invar.cli.ExitCodes;
import dev.invar.cli.VersionProvider;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Diagnostic;
import dev.invar.tlc.SourceLocation;
import dev.invar.tlc.Stats;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.Trace;
import dev.invar.tlc.TraceState;
import dev.invar.tlc.Violation;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/** The result of {@code invar check --json}: one document, versioned, described by docs/result-schema.json. */
public final class JsonReport {
    public static final int SCHEMA_VERSION = 1;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(CheckRequest request, CheckResult result, TlaTools tools) {
        try {
            return MAPPER.writeValueAsString(document(request, result, tools));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode document(CheckRequest request, CheckResult result, TlaTools tools) {
        ObjectNode doc = JSON.objectNode();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("invarVersion", VersionProvider.invarVersion());
        ObjectNode tlc = doc.putObject("tlc");
        tlc.put("version", result.run().tlcVersion().orElse(tools.version()));
        tlc.put("jar", tools.jar().toString());
        doc.put("spec", request.spec().toString());
        doc.put("config", request.overrides().needsGeneratedModel() && request.config().isEmpty()
                ? null : request.effectiveConfig().toString());
        doc.put("mode", result.run().mode().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        doc.put("verdict", result.verdict().id());
        doc.put("exitCode", ExitCodes.of(result));
        doc.put("claim", Claim.of(result));
        result.run().model().ifPresent(m -> doc.set("model", model(m)));
        doc.set("stats", stats(result.stats()));
        ArrayNode violations = doc.putArray("violations");
        result.violations().forEach(v -> violations.add(violation(v)));
        ArrayNode diagnostics = doc.putArray("diagnostics");
        result.diagnostics().forEach(d -> diagnostics.add(diagnostic(d)));
        ObjectNode run = doc.putObject("run");
        if (result.run().exitCode().isPresent()) {
            run.put("tlcExitCode", result.run().exitCode().getAsInt());
        } else {
            run.putNull("tlcExitCode");
        }
        run.put("wallTimeMillis", result.run().wallTime().toMillis());
        ArrayNode cmd = run.putArray("commandLine");
        result.run().commandLine().forEach(cmd::add);
        return doc;
    }

    private static ObjectNode model(TlcConfig config) {
        ObjectNode node = JSON.objectNode();
        ObjectNode constants = node.putObject("constants");
        config.constants().forEach(c -> constants.put(c.name(), (c.substitution() ? "<- " : "") + c.value()));
        ArrayNode invariants = node.putArray("invariants");
        config.invariants().forEach(invariants::add);
        ArrayNode properties = node.putArray("properties");
        config.properties().forEach(properties::add);
        return node;
    }

    private static ObjectNode stats(Stats s) {
        ObjectNode node = JSON.objectNode();
        node.put("generated", s.generated());
        node.put("distinct", s.distinct());
        node.put("leftOnQueue", s.leftOnQueue());
        node.put("depth", s.depth());
        node.put("durationMillis", s.duration().toMillis());
        if (s.fingerprintCollisionProbability().isPresent()) {
            node.put("fingerprintCollisionProbability", s.fingerprintCollisionProbability().getAsDouble());
        } else {
            node.putNull("fingerprintCollisionProbability");
        }
        if (s.seed().isPresent()) {
            node.put("seed", Long.toString(s.seed().getAsLong()));
        } else {
            node.putNull("seed");
        }
        if (s.fingerprintIndex().isPresent()) {
            node.put("fingerprintIndex", s.fingerprintIndex().getAsInt());
        } else {
            node.putNull("fingerprintIndex");
        }
        if (s.workers().isPresent()) {
            node.put("workers", s.workers().getAsInt());
        } else {
            node.putNull("workers");
        }
        return node;
    }

    private static ObjectNode violation(Violation v) {
        ObjectNode node = JSON.objectNode();
        node.put("kind", v.kind().id());
        node.put("property", v.property().orElse(null));
        node.put("message", v.message());
        node.set("location", location(v.location()));
        node.set("trace", v.trace().map(JsonReport::trace).orElse(null));
        return node;
    }

    /** A trace as the result schema describes it. */
    public static ObjectNode trace(Trace t) {
        ObjectNode node = JSON.objectNode();
        ArrayNode states = node.putArray("states");
        for (TraceState s : t.states()) {
            ObjectNode state = states.addObject();
            state.put("number", s.number());
            state.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
            state.put("action", s.action());
            state.set("location", location(s.location()));
            ObjectNode vars = state.putObject("variables");
            s.variables().forEach((name, value) -> vars.set(name, ItfValues.encode(value)));
        }
        if (t.loopsBackTo().isPresent()) {
            node.put("loopsBackTo", t.loopsBackTo().get());
        } else {
            node.putNull("loopsBackTo");
        }
        return node;
    }

    private static ObjectNode diagnostic(Diagnostic d) {
        ObjectNode node = JSON.objectNode();
        node.put("kind", d.kind().id());
        node.put("code", d.code());
        node.put("message", d.message());
        node.set("location", location(d.location()));
        return node;
    }

    private static ObjectNode location(Optional<SourceLocation> location) {
        if (location.isEmpty()) {
            return null;
        }
        SourceLocation l = location.get();
        ObjectNode node = JSON.objectNode();
        node.put("file", l.file().map(Object::toString).orElse(null));
        node.put("module", l.module());
        node.put("line", l.line());
        node.put("column", l.column());
        node.put("endLine", l.endLine());
        node.put("endColumn", l.endColumn());
        return node;
    }
}
