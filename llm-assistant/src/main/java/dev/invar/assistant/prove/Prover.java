package dev.invar.assistant.prove;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The façade of inductive checking and proof search over one model of a spec. */
public final class Prover {
    /**
     * Lemmas have up to this many literals unless the goal or the grammar file says otherwise; with an inferred grammar,
     * more when the search is stuck with these.
     */
    public static final int DEFAULT_LITERALS = 3;

    private final TlcRunner runner;

    public Prover(TlcRunner runner) {
        this.runner = runner;
    }

    /**
     * What to prove and how hard to look.
     *
     * @param safety the property to make inductive; empty means the model's invariants other than TypeOK
     * @param grammar an Endive {@code config.json} with hand-written predicates; empty infers them
     * @param maxLiterals lemmas have up to this many literals (1 to {@link PredicateGrammar#MAX_LITERALS}); empty means
     *                    the grammar file's {@code max_num_conjuncts_per_kind}, or with an inferred grammar
     *                    {@link #DEFAULT_LITERALS} widened one at a time up to {@link PredicateGrammar#MAX_LITERALS}
     *                    when the search is stuck
     * @param lemmaSource asked for lemmas (a language model) when the grammar has none that rule out what is left;
     *                    empty keeps the search offline
     */
    public record Goal(Optional<String> safety, String typeOk, Optional<Path> grammar, Optional<Integer> maxLiterals, int maxRounds,
                       int maxCandidates, Duration timeLimit, InductionOptions options, Optional<LemmaSource> lemmaSource) {
        public Goal {
            Objects.requireNonNull(lemmaSource, "lemmaSource");
            Objects.requireNonNull(maxLiterals, "maxLiterals");
        }

        /** A goal searched with the grammar alone. */
        public Goal(Optional<String> safety, String typeOk, Optional<Path> grammar, Optional<Integer> maxLiterals, int maxRounds,
                    int maxCandidates, Duration timeLimit, InductionOptions options) {
            this(safety, typeOk, grammar, maxLiterals, maxRounds, maxCandidates, timeLimit, options, Optional.empty());
        }
    }

    /** Checks that {@code invariant} is inductive on the model's instance and implies {@code safety}. */
    public InductionResult checkInductive(CheckRequest model, String invariant, Optional<String> safety, String typeOk,
                                          InductionOptions options) {
        return new InductiveCheck(runner, model, typeOk, options).check(invariant, safety);
    }

    /** Searches for lemmas that make the safety property inductive on the model's instance. */
    public ProofSearch prove(CheckRequest model, Goal goal) {
        return prove(model, goal, SearchListener.NONE);
    }

    /** Searches for lemmas that make the safety property inductive on the model's instance, telling {@code listener} each round. */
    public ProofSearch prove(CheckRequest model, Goal goal, SearchListener listener) {
        // Every TLC run of the search ends by the time limit: the search looks at the time only between rounds.
        TlcRunner runner = new DeadlineRunner(this.runner, goal.timeLimit());
        Optional<EndiveConfig> endive = goal.grammar().map(EndiveConfig::read);
        String typeOk = endive.flatMap(EndiveConfig::typeOk).filter(t -> goal.typeOk().equals("TypeOK")).orElse(goal.typeOk());
        String safety = goal.safety().or(() -> endive.flatMap(EndiveConfig::safety)).orElseGet(() -> modelSafety(model, typeOk));
        InductiveCheck check = new InductiveCheck(runner, model, typeOk, goal.options());
        PredicateGrammar grammar = endive.map(e -> e.grammar().readingState(check.outline()))
                .map(g -> goal.maxLiterals().map(g::withMaxLiterals).orElse(g))
                .orElseGet(() -> PredicateGrammar.inferred(check.outline(),
                        TypeDomain.read(typeOk, check.outline().definition(typeOk).orElseThrow(), check.outline().variables()),
                        goal.maxLiterals().orElse(DEFAULT_LITERALS), model.overrides().next().orElse("Next"), Optional.of(safety)));
        // The literal count the user or the grammar file gives is kept; the default one is widened when the search is stuck.
        boolean given = goal.maxLiterals().isPresent() || endive.isPresent();
        int widest = given ? grammar.maxLiterals() : PredicateGrammar.MAX_LITERALS;
        return new Strengthening(runner, model, check, goal.lemmaSource(), listener).search(safety, typeOk, grammar, widest,
                goal.maxRounds(), goal.maxCandidates(), goal.timeLimit());
    }

    /** The proof module's text for a finished search. */
    public String proofModule(CheckRequest model, ProofSearch search) {
        ModuleOutline spec = outline(model);
        String claim = search.result().map(r -> r.claim(ProofModule.invariantName(spec))).orElse("no inductive check finished");
        return ProofModule.module(spec, search, claim, model.overrides().next().orElse("Next"));
    }

    /** The names the proof module gives the inductive invariant and the lemmas (the spec may already use the search's). */
    public ProofModule.Names names(CheckRequest model, ProofSearch search) {
        return ProofModule.names(outline(model), search);
    }

    /** The invariants of the model's config (and --inv), without the type invariant. */
    static String modelSafety(CheckRequest model, String typeOk) {
        List<String> invariants = new ArrayList<>(model.overrides().invariants());
        Path config = model.effectiveConfig();
        if (invariants.isEmpty() && Files.exists(config)) {
            try {
                invariants.addAll(TlcConfig.parse(Files.readString(config), config.toString()).invariants());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        invariants.remove(typeOk);
        if (invariants.isEmpty()) {
            throw new ProofException("no safety property to prove: give --safety, or list invariants besides " + typeOk
                    + " in " + config.getFileName());
        }
        return String.join(" /\\ ", invariants);
    }

    private static ModuleOutline outline(CheckRequest model) {
        return ModuleOutline.read(model.spec());
    }
}
