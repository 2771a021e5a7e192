package dev.invar.assistant.prove;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.InductionProbe;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.PredicateVerdict;
import dev.invar.tlc.StateFeatures;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Searches for lemmas that make a safety property inductive, from counterexamples to induction (CTIs).
 * Candidates are never checked one TLC run at a time, nor even one predicate at a time: TLC reports, in
 * one pass over the model's reachable states, the distinct groups of rows of truth values of the grammar's
 * atomic predicates (a group per binding of the universal variables, a row per binding of the existential
 * ones), and with each CTI the groups of its first state. A clause is valid on the model when no reachable
 * group falsifies it, and rules a CTI out when one of its groups does; both follow in Java for every clause
 * of the grammar. Each round then chooses greedily the valid clauses that rule out the most CTIs (shorter
 * ones on ties), until a round finds none.
 */
public final class Strengthening {
    private final TlcRunner runner;
    private final CheckRequest model;
    private final InductiveCheck check;

    private final Optional<LemmaSource> lemmaSource;

    public Strengthening(TlcRunner runner, CheckRequest model, InductiveCheck check) {
        this(runner, model, check, Optional.empty());
    }

    /** @param lemmaSource asked for lemmas when the grammar has none that rule out what is left */
    public Strengthening(TlcRunner runner, CheckRequest model, InductiveCheck check, Optional<LemmaSource> lemmaSource) {
        this.runner = runner;
        this.model = model;
        this.check = check;
        this.lemmaSource = lemmaSource;
    }

    /** How many lemmas one search may take back, at most. */
    private static final int MAX_DROPPED = 12;

    /**
     * How many samples of the type-correct states, when they are sampled, must show no counterexample to
     * induction before the search ends: a search chooses its lemmas to rule out what its samples showed, so
     * the sample that shows none is also drawn again, independently.
     */
    private static final int SAMPLES = 3;

    /** How many times the lemma source is asked in one search, at most. */
    private static final int MAX_ASKS = 3;

    /**
     * @param safety the property to make inductive (an expression or a name)
     * @param typeOk the type invariant's name
     * @param maxCandidates at most this many clauses are considered
     */
    public ProofSearch search(String safety, String typeOk, PredicateGrammar grammar, int maxRounds, int maxCandidates,
                              Duration timeLimit) {
        long start = System.nanoTime();
        PredicateGrammar g = grammar;
        int runs = 0;
        while (true) {
            Attempt attempt = attempt(safety, typeOk, g, maxRounds, maxCandidates, timeLimit, start, runs);
            runs = attempt.tlcRuns();
            if (attempt.failedAtom().isEmpty()) {
                return attempt.search();
            }
            // A predicate TLC cannot evaluate in a state of the invariant (a function applied outside its domain,
            // say) is set aside, and the search starts again without it.
            g = attempt.grammar().without(attempt.failedAtom().get());
        }
    }

    /** One search over a grammar (what is left of it), or the predicate of it that TLC could not evaluate. */
    private record Attempt(ProofSearch search, Optional<Integer> failedAtom, int tlcRuns, PredicateGrammar grammar) {
    }

    /** The search again without a predicate TLC could not evaluate, or its end when it was the last one. */
    private Attempt setAside(int failed, String safety, String typeOk, List<ProofSearch.Lemma> lemmas, PredicateGrammar grammar,
                             int rounds, int ruledOut, int tlcRuns, long start) {
        if (grammar.predicates().size() > 1) {
            return new Attempt(null, Optional.of(failed), tlcRuns, grammar);
        }
        return done(ProofSearch.Status.FAILED, safety, typeOk, lemmas, Optional.empty(), null, grammar, 0, rounds, ruledOut, tlcRuns,
                "TLC cannot evaluate the grammar's only predicate: " + grammar.predicates().get(failed), start);
    }

    private Attempt attempt(String safety, String typeOk, PredicateGrammar given, int maxRounds, int maxCandidates,
                            Duration timeLimit, long start, int runsBefore) {
        List<ProofSearch.Lemma> lemmas = new ArrayList<>();
        int tlcRuns = runsBefore;
        int rounds = 0;
        int ruledOut = 0;
        // One pass over the reachable states collects the predicates' values and checks TypeOK and safety.
        List<String> expected = List.of(typeOk, safety);
        ReachableRows rows = ReachableRows.collect(runner, model, given, expected, true);
        PredicateGrammar grammar = rows.grammar();
        String features = grammar.features();
        StateFeatures reachable = rows.features();
        tlcRuns += rows.tlcRuns();
        if (reachable.failedDefinition().isPresent()) {
            return setAside(reachable.failedDefinition().get(), safety, typeOk, lemmas, grammar, rounds, ruledOut, tlcRuns, start);
        }
        if (reachable.violatedInvariant().isPresent()) {
            String state = reachable.run().trace().map(t -> stateText(t.states().get(t.states().size() - 1).variables()))
                    .orElse("(no trace)");
            return done(ProofSearch.Status.SAFETY_VIOLATED, safety, typeOk, lemmas, Optional.empty(), null, grammar, 0, rounds,
                    ruledOut, tlcRuns, expected.get(reachable.violatedInvariant().get()) + " is false in a reachable state of the model: "
                            + state, start);
        }
        if (!reachable.exhaustive()) {
            return done(ProofSearch.Status.FAILED, safety, typeOk, lemmas, Optional.empty(), null, grammar, 0, rounds, ruledOut, tlcRuns,
                    "TLC could not check the model with the grammar's predicates: "
                            + InductiveCheck.failure(reachable.run()).orElse("incomplete run"), start);
        }
        ClauseSpace space = new ClauseSpace(grammar.predicates().size(), grammar.maxLiterals(), ClauseSpace.groups(reachable.values()));
        List<PredicateGrammar.Clause> valid = space.valid(maxCandidates);
        Set<PredicateGrammar.Clause> chosen = new HashSet<>();
        int asked = 0;
        int dropped = 0;
        int proposals = 0;
        int kept = 0;
        Optional<InductionResult> last = Optional.empty();
        // The seeds of the samples in which the invariant as it stands showed no counterexample to induction.
        List<Long> clean = new ArrayList<>();
        while (true) {
            if (rounds >= maxRounds || Duration.ofNanos(System.nanoTime() - start).compareTo(timeLimit) > 0) {
                if (!clean.isEmpty()) {
                    // Out of time or rounds while drawing more samples: the claim names the samples that were drawn.
                    return done(ProofSearch.Status.INDUCTIVE, safety, typeOk, lemmas, last.map(r -> r.withSeeds(List.copyOf(clean))),
                            null, grammar, valid.size(), rounds, ruledOut, tlcRuns, null, start);
                }
                return done(ProofSearch.Status.OUT_OF_BUDGET, safety, typeOk, lemmas, last, null, grammar, valid.size(), rounds,
                        ruledOut, tlcRuns, "stopped after " + rounds + " rounds", start);
            }
            rounds++;
            String invariant = ProofSearch.conjunction(typeOk, safety, lemmas);
            long probeStart = System.nanoTime();
            // Each round draws another sample: the first round draw 0, the next draw 1, and so on.
            InductionProbe probe = check.probe(invariant, Optional.empty(), grammar.definitions(), Optional.of(features), rounds - 1);
            tlcRuns++;
            if (probe.failedDefinition().isPresent()) {
                return setAside(probe.failedDefinition().get(), safety, typeOk, lemmas, grammar, rounds, ruledOut, tlcRuns, start);
            }
            InductionResult result = check.result(invariant, probe, Duration.ofNanos(System.nanoTime() - probeStart));
            last = Optional.of(result);
            Optional<Map<String, TlaValue>> undefined = undefinedStep(probe);
            Optional<CheckRequest> undefinedAt = undefined.flatMap(u -> atState(u, probe.run()));
            undefined = undefined.filter(u -> undefinedAt.isPresent());
            if (result.failure().isPresent() && undefined.isEmpty()) {
                return done(ProofSearch.Status.FAILED, safety, typeOk, lemmas, last, null, grammar, valid.size(), rounds, ruledOut,
                        tlcRuns, result.failure().get(), start);
            }
            if (probe.counterexamples().isEmpty() && undefined.isEmpty()) {
                clean.addAll(result.seeds());
                // An exhaustive check has no seed: its one round without a CTI ends the search.
                if (clean.size() >= SAMPLES || result.seeds().isEmpty()) {
                    return done(ProofSearch.Status.INDUCTIVE, safety, typeOk, lemmas, last.map(r -> r.withSeeds(List.copyOf(clean))),
                            null, grammar, valid.size(), rounds, ruledOut, tlcRuns, null, start);
                }
                continue;
            }
            clean.clear();
            // Counterexamples that start in the same state are ruled out by the same lemmas.
            Map<Map<String, TlaValue>, List<BitSet>> ctis = new LinkedHashMap<>();
            Map<Map<String, TlaValue>, InductionResult.Cti> example = new LinkedHashMap<>();
            List<InductionResult.Cti> described = check.ctis(probe);
            for (int i = 0; i < probe.counterexamples().size(); i++) {
                InductionProbe.Counterexample c = probe.counterexamples().get(i);
                Set<TlaValue> values = c.features().orElse(null) instanceof TlaValue.SetValue set ? Set.copyOf(set.elements()) : Set.of();
                ctis.putIfAbsent(c.state(), space.stateFalseLiterals(values));
                example.putIfAbsent(c.state(), described.get(i));
            }
            if (undefined.isPresent()) {
                // A state of the invariant from which TLC cannot evaluate a step (a function applied outside its
                // domain, say) is never reachable, since the model checks without error: rule it out like a CTI.
                StateFeatures there = runner.collect(undefinedAt.get(), grammar.definitions(), features);
                tlcRuns++;
                if (there.failedDefinition().isPresent()) {
                    return setAside(there.failedDefinition().get(), safety, typeOk, lemmas, grammar, rounds, ruledOut, tlcRuns,
                            start);
                }
                ctis.putIfAbsent(undefined.get(), space.stateFalseLiterals(there.values()));
                example.putIfAbsent(undefined.get(), new InductionResult.Cti(undefined.get(),
                        Optional.of("no step: TLC cannot evaluate Next here (" + result.failure().get() + ")"), Map.of()));
            }
            List<List<BitSet>> remaining = new ArrayList<>(ctis.values());
            int added = 0;
            while (!remaining.isEmpty()) {
                PredicateGrammar.Clause best = null;
                int bestCount = 0;
                for (PredicateGrammar.Clause c : valid) {
                    if (chosen.contains(c)) {
                        continue;
                    }
                    int count = 0;
                    for (List<BitSet> cti : remaining) {
                        if (ClauseSpace.rulesOut(c, cti)) {
                            count++;
                        }
                    }
                    if (count > bestCount || (count == bestCount && count > 0 && c.atoms().length < best.atoms().length)) {
                        best = c;
                        bestCount = count;
                    }
                }
                if (best == null) {
                    break;
                }
                PredicateGrammar.Clause b = best;
                chosen.add(b);
                lemmas.add(ProofSearch.Lemma.fromGrammar("Lemma" + (lemmas.size() + 1), grammar.lemma(b), bestCount));
                ruledOut += bestCount;
                remaining.removeIf(cti -> ClauseSpace.rulesOut(b, cti));
                added++;
            }
            if (added == 0 && lemmaSource.isPresent() && asked < MAX_ASKS) {
                asked++;
                List<InductionResult.Cti> left = List.copyOf(example.values());
                List<String> proposed = lemmaSource.get().propose(invariant, left.subList(0, Math.min(5, left.size())));
                proposals += proposed.size();
                List<String> accepted = vetProposals(proposed, left.get(0));
                tlcRuns += proposed.isEmpty() ? 0 : 2;
                kept += accepted.size();
                for (String lemma : accepted) {
                    lemmas.add(ProofSearch.Lemma.fromLlm("Lemma" + (lemmas.size() + 1), lemma, 1, lemmaSource.get().name()));
                    ruledOut++;
                }
                if (!accepted.isEmpty()) {
                    continue;
                }
            }
            if (added == 0 && dropped < MAX_DROPPED) {
                // A chosen lemma may hold on every reachable state and still not be inductive with the others in any
                // strengthening the grammar can write: when a counterexample that no clause rules out leaves the
                // invariant only by breaking lemmas, those lemmas go, and are never chosen again.
                List<ProofSearch.Lemma> broken = brokenBy(example.values().iterator().next(), lemmas, probe.run());
                tlcRuns++;
                if (!broken.isEmpty()) {
                    lemmas.removeAll(broken);
                    dropped += broken.size();
                    continue;
                }
            }
            if (added == 0) {
                InductionResult.Cti stuck = example.values().iterator().next();
                return done(ProofSearch.Status.STUCK, safety, typeOk, lemmas, last, stuck, grammar, valid.size(), rounds, ruledOut,
                        tlcRuns, "no lemma of the grammar that holds on every reachable state rules out this state"
                                + (asked == 0 ? "" : "; " + lemmaSource.get().name() + " was asked too: " + asked
                                        + (asked == 1 ? " time, " : " times, ") + proposals + " proposals, " + kept + " kept"), start);
            }
        }
    }

    /**
     * The proposals that hold on every reachable state of the model and are false in the counterexample's
     * first state, each decided in one TLC pass for all of them; proposals that do not parse or cannot be
     * evaluated are set aside by the pass.
     */
    private List<String> vetProposals(List<String> proposed, InductionResult.Cti cti) {
        List<String> screened = proposed.stream().map(dev.invar.assistant.DraftSanitizer::expression)
                .filter(dev.invar.assistant.DraftSanitizer.Cleaned::isAccepted).map(dev.invar.assistant.DraftSanitizer.Cleaned::expression)
                .distinct().toList();
        if (screened.isEmpty()) {
            return List.of();
        }
        PredicateEvaluation reach = runner.evaluate(model, screened);
        if (!reach.exhaustive()) {
            return List.of();
        }
        List<String> valid = reach.verdicts().stream().filter(PredicateVerdict::holds).map(PredicateVerdict::expression).toList();
        Optional<String> state = dev.invar.assistant.explain.FixedState
                .of(reach.run().run().model().map(dev.invar.tlc.TlcConfig::constants).orElse(List.of())).predicate(cti.state());
        if (valid.isEmpty() || state.isEmpty()) {
            return List.of();
        }
        PredicateEvaluation atCti = runner.evaluate(atState(state.get()), valid);
        return atCti.verdicts().stream().filter(v -> v.refutedBy().isPresent()).map(PredicateVerdict::expression).toList();
    }

    /** The lemmas false in the state a counterexample steps to (none when it cannot be said). */
    private List<ProofSearch.Lemma> brokenBy(InductionResult.Cti cti, List<ProofSearch.Lemma> lemmas, dev.invar.tlc.CheckResult run) {
        Optional<CheckRequest> after = atState(cti.successor(), run);
        if (lemmas.isEmpty() || after.isEmpty()) {
            return List.of();
        }
        PredicateEvaluation there = runner.evaluate(after.get(), lemmas.stream().map(ProofSearch.Lemma::expression).toList());
        if (!there.exhaustive()) {
            return List.of();
        }
        List<ProofSearch.Lemma> broken = new ArrayList<>();
        for (int i = 0; i < lemmas.size(); i++) {
            if (there.verdicts().get(i).refutedBy().isPresent()) {
                broken.add(lemmas.get(i));
            }
        }
        return broken;
    }

    /** The model with one initial state, given as a predicate, and no step. */
    private CheckRequest atState(String state) {
        dev.invar.tlc.ModelOverrides o = model.overrides();
        return model.toBuilder().overrides(new dev.invar.tlc.ModelOverrides(o.constants(), List.of(), List.of(),
                Optional.of(state), Optional.of("UNCHANGED <<" + String.join(", ", check.outline().variables()) + ">>"),
                Optional.empty(), Optional.of(false))).build();
    }

    private Optional<CheckRequest> atState(Map<String, TlaValue> state, dev.invar.tlc.CheckResult run) {
        return dev.invar.assistant.explain.FixedState.of(run.run().model().map(dev.invar.tlc.TlcConfig::constants)
                .orElse(List.of())).predicate(state).map(this::atState);
    }

    /**
     * The state of the invariant from which TLC could not evaluate a step, when the probe stopped at one: an
     * evaluation error whose behaviour is that one state.
     */
    private static Optional<Map<String, TlaValue>> undefinedStep(InductionProbe probe) {
        dev.invar.tlc.CheckResult run = probe.run();
        if (run.verdict() != dev.invar.tlc.Verdict.EVALUATION_ERROR) {
            return Optional.empty();
        }
        return run.trace().filter(t -> t.states().size() == 1).map(t -> t.states().get(0).variables()).filter(v -> !v.isEmpty());
    }


    private static String stateText(Map<String, TlaValue> state) {
        List<String> parts = new ArrayList<>();
        state.forEach((k, v) -> parts.add(k + " = " + v.toTla()));
        return String.join(", ", parts);
    }

    private static Attempt done(ProofSearch.Status status, String safety, String typeOk, List<ProofSearch.Lemma> lemmas,
                                Optional<InductionResult> result, InductionResult.Cti stuck, PredicateGrammar grammar,
                                int candidates, int rounds, int ruledOut, int tlcRuns, String detail, long start) {
        return new Attempt(end(status, safety, typeOk, lemmas, result, stuck, grammar, candidates, rounds, ruledOut, tlcRuns, detail,
                start), Optional.empty(), tlcRuns, grammar);
    }

    private static ProofSearch end(ProofSearch.Status status, String safety, String typeOk, List<ProofSearch.Lemma> lemmas,
                                   Optional<InductionResult> result, InductionResult.Cti stuck, PredicateGrammar grammar,
                                   int candidates, int rounds, int ruledOut, int tlcRuns, String detail, long start) {
        // A lemma taken back frees a number the next one may take twice: the lemmas kept are numbered again.
        List<ProofSearch.Lemma> numbered = new ArrayList<>();
        for (ProofSearch.Lemma l : lemmas) {
            numbered.add(new ProofSearch.Lemma("Lemma" + (numbered.size() + 1), l.expression(), l.ruledOut(), l.source(), l.proposedBy()));
        }
        return new ProofSearch(status, safety, typeOk, numbered, result, Optional.ofNullable(stuck), grammar, candidates, rounds,
                ruledOut, tlcRuns, Optional.ofNullable(detail), Duration.ofNanos(System.nanoTime() - start));
    }
}
