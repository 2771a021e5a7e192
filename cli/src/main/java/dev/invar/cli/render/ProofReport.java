package dev.invar.cli.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.invar.assistant.prove.InductionResult;
import dev.invar.assistant.llm.DraftRound;
import dev.invar.assistant.llm.LlmLemmaSource;
import dev.invar.assistant.prove.ProofModule;
import dev.invar.assistant.prove.ProofSearch;
import dev.invar.cli.VersionProvider;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Renders inductive checks and proof searches: a counterexample to induction is shown like any trace,
 * a state of the invariant (not necessarily reachable) and the step that leaves it.
 */
public final class ProofReport {
    public static final int SCHEMA_VERSION = 1;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProofReport() {
    }

    public static void text(InductionResult result, Style style, TextReport traces, PrintWriter out) {
        out.println((result.inductive() ? style.green("✓ ") : style.red("✗ ")) + style.bold(result.claim()));
        out.println("  " + style.dim(Numbers.duration(result.wallTime())));
        result.initialOutside().stream().findFirst().ifPresent(s -> {
            out.println();
            out.println(style.bold("An initial state where it is false:"));
            s.forEach((k, v) -> out.println("     " + k + " = " + v.toTla()));
        });
        result.unsafe().stream().findFirst().ifPresent(s -> {
            out.println();
            out.println(style.bold("A state of the invariant that violates safety:"));
            s.forEach((k, v) -> out.println("     " + k + " = " + v.toTla()));
        });
        result.counterexamples().stream().findFirst().ifPresent(cti -> {
            out.println();
            out.println(style.bold("Counterexample to induction") + style.dim(" (the first of " + result.counterexamples().size() + ")"));
            traces.trace(cti.trace(), out);
        });
        out.flush();
    }

    /**
     * @param names what the proof module calls the inductive invariant and the lemmas
     * @param llm the language model offered to propose lemmas, when one was: what it was asked and what it cost
     */
    public static void text(ProofSearch search, ProofModule.Names names, Optional<LlmLemmaSource> llm, Style style, TextReport traces, PrintWriter out) {
        String headline = switch (search.status()) {
            case INDUCTIVE -> style.green("✓ ") + style.bold(search.result().map(r -> r.claim(names.invariant())).orElse(""));
            case SAFETY_VIOLATED -> style.red("✗ ") + style.bold(search.safety() + " does not hold in the model: "
                    + search.detail().orElse(""));
            case STUCK -> style.red("✗ ") + style.bold("no inductive invariant found: " + search.detail().orElse(""));
            case OUT_OF_BUDGET -> style.yellow("! ") + style.bold("no inductive invariant found in the budget ("
                    + search.detail().orElse("") + ")");
            case FAILED -> style.red("✗ ") + style.bold("the search failed: " + search.detail().orElse(""));
        };
        out.println(headline);
        out.println("  " + style.dim(Numbers.count(search.lemmas().size(), "lemma") + " · "
                + Numbers.count(search.counterexamples(), "counterexample") + " to induction ruled out · "
                + Numbers.count(search.candidates(), "candidate") + " from a grammar " + search.grammar().source()
                + " (" + Numbers.count(search.grammar().predicates().size(), "predicate") + ", lemmas of up to "
                + Numbers.count(search.grammar().maxLiterals(), "literal") + ") · " + Numbers.count(search.rounds(), "round")
                + " · " + Numbers.count(search.tlcRuns(), "TLC run") + " · " + Numbers.duration(search.wallTime())));
        if (!search.lemmas().isEmpty()) {
            out.println();
            out.println(style.bold(names.invariant()) + " == " + search.typeOk() + " /\\ " + search.safety() + " /\\ the lemmas:");
            for (int i = 0; i < search.lemmas().size(); i++) {
                ProofSearch.Lemma l = search.lemmas().get(i);
                out.println("  " + style.cyan(names.lemmas().get(i)) + " == " + l.expression() + style.dim("   (rules out " + l.ruledOut()
                        + l.proposedBy().map(by -> "; proposed by " + by + ", not from the grammar").orElse("") + ")"));
            }
        }
        llm.ifPresent(model -> {
            for (DraftRound round : model.rounds()) {
                round.shortfall().ifPresent(why -> out.println(style.yellow("! ") + model.name() + ": cut short: " + why));
                round.refused().forEach(r -> out.println(style.yellow("! ") + model.name() + ": refused before any checking, "
                        + r.reason() + ": " + DraftTable.shown(r.draft().expression())));
            }
            out.println(style.dim(LlmUse.line(model.usage())));
        });
        search.stuck().ifPresent(cti -> {
            out.println();
            out.println(style.bold("Counterexample to induction that no candidate rules out:"));
            traces.trace(cti.trace(), out);
        });
        out.flush();
    }

    public static String json(InductionResult result) {
        ObjectNode doc = header("check-inductive");
        doc.put("inductive", result.inductive());
        doc.set("check", induction(result));
        return write(doc);
    }

    /**
     * @param names what the proof module calls the inductive invariant and the lemmas
     * @param llm the language model offered to propose lemmas, when one was
     */
    public static String json(ProofSearch search, ProofModule.Names names, Optional<String> proofFile, String tlapm, Optional<LlmLemmaSource> llm) {
        ObjectNode doc = header("prove");
        doc.put("status", search.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        doc.put("safety", search.safety());
        doc.put("typeOk", search.typeOk());
        doc.put("invariant", search.invariant());
        ArrayNode lemmas = doc.putArray("lemmas");
        java.util.Iterator<String> lemmaNames = names.lemmas().iterator();
        search.lemmas().forEach(l -> lemmas.addObject().put("name", lemmaNames.next()).put("expression", l.expression())
                .put("ruledOut", l.ruledOut()).put("source", l.source().name().toLowerCase(java.util.Locale.ROOT))
                .put("proposedBy", l.proposedBy().orElse(null)));
        ObjectNode grammar = doc.putObject("grammar");
        grammar.put("source", search.grammar().source());
        grammar.put("prefix", search.grammar().prefix());
        ArrayNode predicates = grammar.putArray("predicates");
        search.grammar().predicates().forEach(predicates::add);
        grammar.put("maxLiterals", search.grammar().maxLiterals());
        grammar.put("candidates", search.candidates());
        doc.put("rounds", search.rounds());
        doc.put("counterexamplesRuledOut", search.counterexamples());
        doc.put("tlcRuns", search.tlcRuns());
        doc.put("wallTimeSeconds", search.wallTime().toMillis() / 1000.0);
        doc.put("detail", search.detail().orElse(null));
        doc.set("check", search.result().map(ProofReport::induction).orElse(null));
        doc.set("stuck", search.stuck().map(c -> (com.fasterxml.jackson.databind.JsonNode) JsonReport.trace(c.trace())).orElse(null));
        doc.put("proofModule", proofFile.orElse(null));
        doc.put("tlapm", tlapm);
        doc.set("llm", llm.map(ProofReport::llm).orElse(null));
        return write(doc);
    }

    private static ObjectNode llm(LlmLemmaSource model) {
        ObjectNode node = JSON.objectNode();
        node.put("model", model.name());
        node.setAll(LlmUse.json(model.usage()));
        ArrayNode shortfalls = node.putArray("shortfalls");
        ArrayNode refused = node.putArray("refused");
        for (DraftRound round : model.rounds()) {
            round.shortfall().ifPresent(shortfalls::add);
            round.refused().forEach(r -> refused.addObject().put("expression", r.draft().expression()).put("reason", r.reason()));
        }
        return node;
    }

    private static ObjectNode induction(InductionResult r) {
        ObjectNode node = JSON.objectNode();
        node.put("invariant", r.invariant());
        node.put("instance", r.instance());
        node.put("exhaustive", r.exhaustive());
        node.put("typeCorrectStates", r.domainStates());
        node.put("nearReachableStates", r.nearReachable());
        node.put("reachableStates", r.reachableStates());
        // The seeds of the samples, one per sample (none when exhaustive); each draws its sample again.
        r.seeds().forEach(node.putArray("seeds")::add);
        node.put("invariantStates", r.invariantStates());
        // The random walks through states of the invariant a sampled check took after its sample (null: none).
        r.walks().ifPresentOrElse(w -> node.putObject("walks").put("count", w.count()).put("steps", w.steps()), () -> node.putNull("walks"));
        // invariantStates counts one state per orbit of the permutations of these constants' values (none: every state).
        r.symmetry().forEach(node.putArray("symmetry")::add);
        node.put("claim", r.claim());
        ArrayNode ctis = node.putArray("counterexamples");
        r.counterexamples().forEach(c -> ctis.add(JsonReport.trace(c.trace())));
        node.put("failure", r.failure().orElse(null));
        node.put("wallTimeSeconds", r.wallTime().toMillis() / 1000.0);
        return node;
    }

    private static ObjectNode header(String command) {
        ObjectNode doc = JSON.objectNode();
        doc.put("schemaVersion", SCHEMA_VERSION);
        doc.put("invarVersion", VersionProvider.invarVersion());
        doc.put("command", command);
        return doc;
    }

    private static String write(ObjectNode doc) {
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
