package dev.invar.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.invar.assistant.Assistant;
import dev.invar.assistant.Candidate;
import dev.invar.assistant.RefusedDraft;
import dev.invar.assistant.llm.LlmUsage;
import dev.invar.assistant.vetting.VettedCandidate;
import dev.invar.assistant.vetting.VettingReport;
import dev.invar.cli.VersionProvider;
import dev.invar.tlc.CheckRequest;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Optional;

/** The result of {@code invar draft --json}: one document, versioned, described by docs/draft-schema.json. */
public final class DraftJson {
    public static final int SCHEMA_VERSION = 1;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DraftJson() {
    }

    /** @param llm what the language model cost, when one drafted */
    public static String render(CheckRequest request, Assistant.DraftReport report, Optional<LlmUsage> llm) {
        try {
            return MAPPER.writeValueAsString(document(request, report, llm));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode document(CheckRequest request, Assistant.DraftReport report, Optional<LlmUsage> llm) {
        VettingReport vetting = report.vetting();
        ObjectNode doc = JSON.objectNode();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("invarVersion", VersionProvider.invarVersion());
        doc.put("spec", request.spec().toString());
        doc.put("config", request.overrides().needsGeneratedModel() && request.config().isEmpty()
                ? null : request.effectiveConfig().toString());
        doc.put("drafter", report.drafter());
        doc.put("claim", DraftTable.claim(report));
        ObjectNode model = doc.putObject("model");
        model.put("constants", vetting.model().strip().replaceAll("^\\((.*)\\)$", "$1"));
        model.put("exhaustive", vetting.exhaustive());
        model.put("reachableStates", vetting.reachableStates());
        doc.put("rounds", report.rounds());
        doc.put("drafted", report.drafted());
        doc.put("accepted", vetting.accepted().size());
        doc.put("tlcRuns", report.tlcRuns());
        doc.put("wallTimeMillis", report.wallTime().toMillis());
        ArrayNode candidates = doc.putArray("candidates");
        vetting.candidates().forEach(c -> candidates.add(candidate(c)));
        ArrayNode refused = doc.putArray("refused");
        report.refused().forEach(r -> refused.add(refused(r)));
        ArrayNode shortfalls = doc.putArray("shortfalls");
        report.shortfalls().forEach(shortfalls::add);
        doc.set("llm", llm.map(LlmUse::json).orElse(null));
        return doc;
    }

    private static ObjectNode candidate(VettedCandidate v) {
        ObjectNode node = draft(v.candidate());
        node.put("status", status(v.status()));
        node.put("reason", v.reason());
        ArrayNode checks = node.putArray("checksPassed");
        v.checks().forEach(checks::add);
        node.put("mutantsKilled", v.mutantsKilled());
        node.put("mutants", v.mutants());
        if (v.mutants() > 0) {
            node.put("killRate", (double) v.mutantsKilled() / v.mutants());
        } else {
            node.putNull("killRate");
        }
        ArrayNode byKind = node.putArray("mutantsByKind");
        v.mutantsByKind().forEach(m -> byKind.addObject().put("kind", m.kind()).put("killed", m.killed()).put("mutants", m.mutants()));
        if (v.refutedBy().isPresent()) {
            ObjectNode state = node.putObject("refutingState");
            v.refutedBy().get().forEach((name, value) -> state.set(name, ItfValues.encode(value)));
        } else {
            node.putNull("refutingState");
        }
        return node;
    }

    private static ObjectNode refused(RefusedDraft r) {
        ObjectNode node = draft(r.draft());
        node.put("reason", r.reason());
        return node;
    }

    private static ObjectNode draft(Candidate c) {
        ObjectNode node = JSON.objectNode();
        node.put("name", c.name());
        node.put("expression", c.expression());
        node.put("kind", c.kind());
        node.put("rationale", c.rationale());
        node.put("drafter", c.drafter());
        return node;
    }

    /** {@code kills-no-mutant}, as the text report writes it. */
    static String status(VettedCandidate.Status s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
