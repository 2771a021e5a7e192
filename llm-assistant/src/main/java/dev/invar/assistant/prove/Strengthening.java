package dev.invar.assistant.prove;

import dev.invar.assistant.explain.FixedState;
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
    private final SearchListener listener;

    public Strengthening(TlcRunner runner, CheckRequest model, InductiveCheck check) {
        this(runner, model, check, Optional.empty(), SearchListener.NONE);
    }

    /**
     * @param lemmaSource asked for lemmas when the grammar has none that rule out what is left
     * @param listener told how each round went
     */
    public Strengthening(TlcRunner runner, CheckRequest model, InductiveCheck check, Optional<LemmaSource> lemmaSource,
                         SearchListener listener) {
        this.runner = runner;
        this.model = model;
        this.check = check;
        this.lemmaSource = lemmaSource;
        this.listener = listener;
    }

    /**
     * How many samples of the type-correct states, when they are sampled, must show no counterexample to
     * induction before the search ends: a search chooses its lemmas to rule out what its samples showed, so
     * the sample that shows none is also drawn again, independently; the last one looks next to every
     * reachable state.
     */
    private static final int SAMPLES = 3;

    /** How many times the lemma source is asked in one search, at most. */
    private static final int MAX_ASKS = 3;
    /** How many times a search stuck at its widest clauses grows them again toward the counterexamples left. */
    private static final int MAX_REGROWN = 3;

    /** How many states the counterexamples step to are looked at, at most, in one round for lemmas they break. */
    private static final int MAX_STEPS_JUDGED = 64;

    /**
     * @param safety the property to make inductive (an expression or a name)
     * @param typeOk the type invariant's name
     * @param maxCandidates at most this many clauses are considered
     */
    public ProofSearch search(String safety, String typeOk, PredicateGrammar grammar, int maxRounds, int maxCandidates,
                              Duration timeLimit) {
        return search(safety, typeOk, grammar, grammar.maxLiterals(), maxRounds, maxCandidates, timeLimit);
    }

    /**
     * As {@link #search(String, String, PredicateGrammar, int, int, Duration)}, widening the clauses when the search
     * would end stuck: while the grammar's clauses of up to {@code widest} literals are not all candidates yet, a
     * counterexample that no candidate rules out makes the candidates the clauses of one literal more, and the search
     * goes on with the lemmas it has.
     */
    public ProofSearch search(String safety, String typeOk, PredicateGrammar grammar, int widest, int maxRounds, int maxCandidates,
                              Duration timeLimit) {
        long start = System.nanoTime();
        PredicateGrammar g = grammar;
        int runs = 0;
        while (true) {
            Attempt attempt = attempt(safety, typeOk, g, widest, maxRounds, maxCandidates, timeLimit, start, runs);
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

    /** What one attempt has so far: the lemmas it chose, its rounds and TLC runs, and how it ends. */
    private static final class Progress {
        final String safety;
        final String typeOk;
        final long start;
        final List<ProofSearch.Lemma> lemmas = new ArrayList<>();
        final PredicateGrammar grammar;
        /** Candidates are the grammar's clauses of up to this many literals: its own count, or more once widened. */
        int literals;
        int candidates;
        int rounds;
        int ruledOut;
        int tlcRuns;
        /** Why TLC could not judge the lemmas in the states this round's counterexamples step to, if it could not. */
        Optional<String> unjudged = Optional.empty();

        Progress(String safety, String typeOk, PredicateGrammar grammar, long start, int tlcRuns) {
            this.safety = safety;
            this.typeOk = typeOk;
            this.grammar = grammar;
            this.literals = grammar.maxLiterals();
            this.start = start;
            this.tlcRuns = tlcRuns;
        }

        String invariant() {
            return ProofSearch.conjunction(typeOk, safety, lemmas);
        }

        Attempt end(ProofSearch.Status status, Optional<InductionResult> result, InductionResult.Cti stuck, String detail) {
            // A lemma taken back frees a number the next one may take twice: the lemmas kept are numbered again.
            List<ProofSearch.Lemma> numbered = new ArrayList<>();
            for (ProofSearch.Lemma l : lemmas) {
                numbered.add(new ProofSearch.Lemma("Lemma" + (numbered.size() + 1), l.expression(), l.ruledOut(), l.source(),
                        l.proposedBy()));
            }
            return new Attempt(new ProofSearch(status, safety, typeOk, numbered, result, Optional.ofNullable(stuck),
                    grammar.withMaxLiterals(literals), candidates, rounds, ruledOut, tlcRuns, Optional.ofNullable(detail), Duration.ofNanos(System.nanoTime() - start)),
                    Optional.empty(), tlcRuns, grammar);
        }

        Attempt failed(Optional<InductionResult> result, String detail) {
            return end(ProofSearch.Status.FAILED, result, null, detail);
        }

        /** No counterexample to induction in the last check, nor in the samples {@code clean} drew before it. */
        Attempt inductive(InductionResult last, List<Long> clean) {
            return end(ProofSearch.Status.INDUCTIVE, Optional.of(last.withSeeds(List.copyOf(clean))), null, null);
        }

        /** The search again without a predicate TLC could not evaluate, or its end when it was the last one. */
        Attempt setAside(int failed) {
            if (grammar.predicates().size() > 1) {
                return new Attempt(null, Optional.of(failed), tlcRuns, grammar);
            }
            return failed(Optional.empty(), "TLC cannot evaluate the grammar's only predicate: " + grammar.predicates().get(failed));
        }
    }

    private Attempt attempt(String safety, String typeOk, PredicateGrammar given, int widest, int maxRounds, int maxCandidates,
                            Duration timeLimit, long start, int runsBefore) {
        // One pass over the reachable states collects the predicates' values and checks TypeOK and safety.
        List<String> expected = List.of(typeOk, safety);
        ReachableRows rows = ReachableRows.collect(runner, model, given, expected, true);
        PredicateGrammar grammar = rows.grammar();
        Progress p = new Progress(safety, typeOk, grammar, start, runsBefore + rows.tlcRuns());
        String features = grammar.features();
        StateFeatures reachable = rows.features();
        if (reachable.failedDefinition().isPresent()) {
            return p.setAside(reachable.failedDefinition().get());
        }
        if (reachable.violatedInvariant().isPresent()) {
            String state = reachable.run().trace().map(t -> InductiveCheck.stateText(t.states().get(t.states().size() - 1).variables()))
                    .orElse("(no trace)");
            return p.end(ProofSearch.Status.SAFETY_VIOLATED, Optional.empty(), null,
                    expected.get(reachable.violatedInvariant().get()) + " is false in a reachable state of the model: " + state);
        }
        if (reachable.run().verdict() == dev.invar.tlc.Verdict.PARSE_ERROR) {
            // The pass sets aside the grammar's predicates that do not parse: what is left is the safety property or TypeOK.
            throw new UnparsableExpressionException(InductiveCheck.failure(reachable.run()).orElse("a parse error"));
        }
        if (reachable.run().verdict() == dev.invar.tlc.Verdict.TIMED_OUT) {
            int n = grammar.predicates().size();
            return p.failed(Optional.empty(), "TLC did not finish evaluating the grammar's " + n + (n == 1 ? " predicate" : " predicates")
                    + " in the model's reachable states within " + model.timeout().orElse(timeLimit).toSeconds() + " s, at each binding of "
                    + grammar.bindings() + ": a smaller instance, a grammar with fewer predicates (--grammar) or a longer --time-limit may do");
        }
        if (!reachable.exhaustive()) {
            return p.failed(Optional.empty(), "TLC could not check the model with the grammar's predicates: "
                    + InductiveCheck.failure(reachable.run()).orElse("incomplete run"));
        }
        Set<Set<BitSet>> reachableGroups = ClauseSpace.groups(reachable.values());
        ClauseSpace space = new ClauseSpace(grammar.predicates().size(), grammar.maxLiterals(), reachableGroups);
        List<PredicateGrammar.Clause> valid = space.valid(maxCandidates);
        p.candidates = valid.size();
        Set<PredicateGrammar.Clause> chosen = new HashSet<>();
        int asked = 0;
        int regrown = 0;
        int proposals = 0;
        int kept = 0;
        Optional<InductionResult> last = Optional.empty();
        // The seeds of the samples in which the invariant as it stands showed no counterexample to induction.
        List<Long> clean = new ArrayList<>();
        while (true) {
            if (p.rounds >= maxRounds || Duration.ofNanos(System.nanoTime() - start).compareTo(timeLimit) > 0) {
                if (!clean.isEmpty()) {
                    // Out of time or rounds while drawing more samples: the claim names the samples that were drawn.
                    return p.inductive(last.get(), clean);
                }
                return p.end(ProofSearch.Status.OUT_OF_BUDGET, last, null, "stopped after " + p.rounds + " rounds");
            }
            p.rounds++;
            String invariant = p.invariant();
            long probeStart = System.nanoTime();
            // Each round draws another sample: the first round draw 0, the next draw 1, and so on. The sample that
            // would end the search looks next to every reachable state, not only to those of its draw.
            InductiveCheck.Near near = clean.size() == SAMPLES - 1 ? InductiveCheck.Near.ALL : InductiveCheck.Near.DRAW;
            InductiveCheck.Probe checked = check.probe(invariant, Optional.empty(), grammar.definitions(), Optional.of(features),
                    p.rounds - 1, near);
            InductionProbe probe = checked.tlc();
            p.tlcRuns += checked.runs();
            if (probe.failedDefinition().isPresent()) {
                return p.setAside(probe.failedDefinition().get());
            }
            InductionResult result = check.result(invariant, checked, Duration.ofNanos(System.nanoTime() - probeStart));
            last = Optional.of(result);
            Optional<Map<String, TlaValue>> undefined = undefinedStep(probe);
            Optional<CheckRequest> undefinedAt = undefined.flatMap(u -> atState(u, probe.run()));
            undefined = undefined.filter(u -> undefinedAt.isPresent());
            if (result.failure().isPresent() && undefined.isEmpty()) {
                return p.failed(last, result.failure().get());
            }
            if (probe.counterexamples().isEmpty() && undefined.isEmpty()) {
                heard(p, checked, probeStart, 0, 0, 0);
                clean.addAll(result.seeds());
                // An exhaustive check has no seed: its one round without a CTI ends the search.
                if (clean.size() >= SAMPLES || result.seeds().isEmpty()) {
                    return p.inductive(result, clean);
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
                // domain, say) is never reachable, since the model checks without error: rule it out like a CTI. When
                // it is a CTI's first state where a predicate of the grammar cannot be evaluated, set that one aside.
                StateFeatures there = runner.collect(undefinedAt.get(), grammar.definitions(), features);
                p.tlcRuns += there.tlcRuns();
                if (there.failedDefinition().isPresent()) {
                    return p.setAside(there.failedDefinition().get());
                }
                ctis.putIfAbsent(undefined.get(), space.stateFalseLiterals(there.values()));
                example.putIfAbsent(undefined.get(), new InductionResult.Cti(undefined.get(),
                        Optional.of("no step: TLC cannot evaluate Next here (" + result.failure().get() + ")"), Map.of()));
            }
            int before = p.lemmas.size();
            List<List<BitSet>> ctiRows = new ArrayList<>(ctis.values());
            BitSet unruled = choose(valid, chosen, ctiRows, p);
            int added = p.lemmas.size() - before;
            List<InductionResult.Cti> examples = List.copyOf(example.values());
            // The language model is asked once the grammar's widest clauses are candidates too.
            if (added == 0 && lemmaSource.isPresent() && asked < MAX_ASKS && p.literals >= widest) {
                asked++;
                List<String> proposed = lemmaSource.get().propose(invariant, examples.subList(0, Math.min(5, examples.size())));
                proposals += proposed.size();
                List<String> accepted = vetProposals(proposed, examples.get(0));
                p.tlcRuns += proposed.isEmpty() ? 0 : 2;
                kept += accepted.size();
                for (String lemma : accepted) {
                    p.lemmas.add(ProofSearch.Lemma.fromLlm("Lemma" + (p.lemmas.size() + 1), lemma, 1, lemmaSource.get().name()));
                    p.ruledOut++;
                }
                if (!accepted.isEmpty()) {
                    heard(p, checked, probeStart, ctis.size(), accepted.size(), 0);
                    continue;
                }
            }
            // A lemma may hold on every reachable state and still be part of no inductive strengthening the grammar
            // can write: when a counterexample that no valid clause rules out steps to a state where it is false or
            // cannot be evaluated. The counterexample's first state satisfies every valid clause not chosen yet, so
            // every strengthening that keeps the lemma has that counterexample too. Those lemmas go, and are never
            // chosen again (each goes once, so this ends).
            List<Map<String, TlaValue>> unruledSteps = unruled.stream().mapToObj(examples::get).map(InductionResult.Cti::successor)
                    .filter(s -> !s.isEmpty()).toList();
            List<ProofSearch.Lemma> broken = brokenBy(unruledSteps, probe.run(), p, space, valid, chosen);
            p.lemmas.removeAll(broken);
            heard(p, checked, probeStart, ctis.size(), added, broken.size());
            if (added == 0 && broken.isEmpty() && p.literals < widest) {
                // Stuck with these clauses: the clauses of one literal more are candidates too, and the next round
                // looks again. Those chosen or ruled out before stay so: the clauses of fewer literals come out the same.
                p.literals++;
                space = new ClauseSpace(grammar.predicates().size(), p.literals, reachableGroups);
                valid = space.valid(maxCandidates);
                p.candidates = valid.size();
                listener.widened(p.literals, valid.size());
                continue;
            }
            if (added == 0 && broken.isEmpty() && regrown < MAX_REGROWN) {
                // Stuck at the widest clauses, whose tuples may not all have been grown (a cap keeps the open ones to
                // what fits): grow them again toward the counterexamples left, and go on when that gives a clause
                // that rules one out.
                regrown++;
                List<List<BitSet>> unruledCtis = unruled.stream().mapToObj(ctiRows::get).toList();
                List<PredicateGrammar.Clause> toward = space.valid(maxCandidates, unruledCtis);
                if (ClauseSpace.ruledOut(toward, unruledCtis).keySet().stream().anyMatch(c -> !chosen.contains(c))) {
                    valid = toward;
                    p.candidates = valid.size();
                    listener.regrown(valid.size());
                    continue;
                }
            }
            if (added == 0 && broken.isEmpty()) {
                // No clause not chosen yet rules out any of them; those that do were dropped (a lemma held now is true in
                // every CTI). The state shown is one that no clause rules out at all, when there is one: that one blocks the
                // search, and the others may only be stuck behind it.
                Map<PredicateGrammar.Clause, BitSet> ruling = ClauseSpace.ruledOut(valid, ctiRows);
                BitSet ruledByDropped = new BitSet();
                ruling.values().forEach(ruledByDropped::or);
                int shown = ruledByDropped.nextClearBit(0) < examples.size() ? ruledByDropped.nextClearBit(0) : 0;
                long dropped = ruling.values().stream().filter(b -> b.get(shown)).count();
                return p.end(ProofSearch.Status.STUCK, last, examples.get(shown),
                        (dropped == 0 ? "no lemma of the grammar that holds on every reachable state rules out this state"
                                : dropped == 1 ? "the one lemma of the grammar that holds on every reachable state and rules out this "
                                        + "state was dropped: it is false in a state that a counterexample no lemma ruled out steps to"
                                : "the " + dropped + " lemmas of the grammar that hold on every reachable state and rule out this state "
                                        + "were dropped: each is false in a state that a counterexample no lemma ruled out steps to")
                                + p.unjudged.map(why -> "; TLC could not judge the lemmas in the states counterexamples step to: "
                                        + why).orElse("")
                                + (asked == 0 ? "" : "; " + lemmaSource.get().name() + " was asked too: " + asked
                                        + (asked == 1 ? " time, " : " times, ") + proposals + " proposals, " + kept + " kept"));
            }
        }
    }

    /** Tells the listener how the round that started at {@code start} went. */
    private void heard(Progress p, InductiveCheck.Probe probe, long start, int counterexamples, int added, int dropped) {
        listener.round(new SearchListener.Round(p.rounds, counterexamples, added, dropped, p.lemmas.size(), probe.tlc().states(),
                Duration.ofNanos(System.nanoTime() - start), probe.walkTime()));
    }

    /**
     * Chooses greedily, among the valid clauses not chosen before, those that rule out the most of the
     * counterexamples {@code ctis} still left (shorter ones on ties), until none rules out any that is left; each
     * becomes a lemma. Returns the counterexamples that no clause not chosen before rules out.
     */
    private static BitSet choose(List<PredicateGrammar.Clause> valid, Set<PredicateGrammar.Clause> chosen, List<List<BitSet>> ctis,
                              Progress p) {
        Map<PredicateGrammar.Clause, BitSet> ruling = ClauseSpace.ruledOut(valid, ctis);
        BitSet remaining = new BitSet();
        remaining.set(0, ctis.size());
        while (!remaining.isEmpty()) {
            PredicateGrammar.Clause best = null;
            int bestCount = 0;
            for (Map.Entry<PredicateGrammar.Clause, BitSet> e : ruling.entrySet()) {
                PredicateGrammar.Clause c = e.getKey();
                if (chosen.contains(c)) {
                    continue;
                }
                BitSet left = (BitSet) e.getValue().clone();
                left.and(remaining);
                int count = left.cardinality();
                if (count > bestCount || (count == bestCount && count > 0 && c.atoms().length < best.atoms().length)) {
                    best = c;
                    bestCount = count;
                }
            }
            if (best == null) {
                return remaining;
            }
            chosen.add(best);
            p.lemmas.add(ProofSearch.Lemma.fromGrammar("Lemma" + (p.lemmas.size() + 1), p.grammar.lemma(best), bestCount));
            p.ruledOut += bestCount;
            remaining.andNot(ruling.get(best));
        }
        return remaining;
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
        Optional<String> state = fixed(reach.run()).predicate(cti.state());
        if (valid.isEmpty() || state.isEmpty()) {
            return List.of();
        }
        PredicateEvaluation atCti = runner.evaluate(atState(state.get()), valid);
        return atCti.verdicts().stream().filter(v -> v.refutedBy().isPresent()).map(PredicateVerdict::expression).toList();
    }

    /**
     * The lemmas false in some of the states counterexamples step to, or that TLC cannot evaluate in one of them (a
     * function applied outside its domain, say): either way, no strengthening that keeps such a lemma is inductive. Only
     * the states of TypeOK and the safety property count: no strengthening at all rules out a step that leaves them.
     * <p>
     * The valid clauses not chosen yet that are false in one of those states are ruled out in the same step, by adding
     * them to {@code chosen}: for the same reason, choosing one would only bring that counterexample back and take the
     * lemma back a round later, one clause per round. One TLC run, whose initial states are those states, collects the
     * grammar's rows there. When it cannot (a predicate TLC cannot evaluate there), or when a lemma is not a clause of
     * the grammar, the lemmas are judged by evaluating them there instead, which sets aside a lemma TLC cannot evaluate
     * and judges the rest. When TLC cannot judge them at all, none is taken back and {@code p.unjudged} says why.
     */
    private List<ProofSearch.Lemma> brokenBy(List<Map<String, TlaValue>> steps, dev.invar.tlc.CheckResult run, Progress p,
                                             ClauseSpace space, List<PredicateGrammar.Clause> valid,
                                             Set<PredicateGrammar.Clause> chosen) {
        p.unjudged = Optional.empty();
        List<String> states = steps.stream().map(fixed(run)::predicate).flatMap(Optional::stream).distinct().limit(MAX_STEPS_JUDGED)
                .toList();
        if (p.lemmas.isEmpty() || states.isEmpty()) {
            return List.of();
        }
        // Only the states of TypeOK and the safety property: a counterexample that steps outside them stays one
        // whatever the lemmas, so taking a lemma back for it would gain nothing. Parenthesized as a whole: the model
        // conjoins its initial predicate with others.
        CheckRequest there = atState("(((" + String.join(") \\/ (", states) + ")) /\\ (" + p.typeOk + ") /\\ (" + p.safety + "))");
        StateFeatures rows = runner.collect(there, p.grammar.definitions(), p.grammar.features());
        p.tlcRuns += rows.tlcRuns();
        if (rows.exhaustive() && rows.failedDefinition().isEmpty()) {
            Set<PredicateGrammar.Clause> falseThere = ClauseSpace.ruledOut(valid, List.of(space.stateFalseLiterals(rows.values())))
                    .keySet();
            chosen.addAll(falseThere);
            if (p.lemmas.stream().allMatch(l -> l.source() == ProofSearch.Source.GRAMMAR)) {
                Set<String> broken = new HashSet<>();
                falseThere.forEach(c -> broken.add(p.grammar.lemma(c)));
                return p.lemmas.stream().filter(l -> broken.contains(l.expression())).toList();
            }
        }
        PredicateEvaluation judged = runner.evaluate(there, p.lemmas.stream().map(ProofSearch.Lemma::expression).toList());
        p.tlcRuns += judged.tlcRuns();
        if (!judged.exhaustive()) {
            p.unjudged = judged.failure();
            return List.of();
        }
        List<ProofSearch.Lemma> broken = new ArrayList<>();
        for (int i = 0; i < p.lemmas.size(); i++) {
            PredicateVerdict verdict = judged.verdicts().get(i);
            if (verdict.refutedBy().isPresent() || verdict.rejected().isPresent()) {
                broken.add(p.lemmas.get(i));
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
        return fixed(run).predicate(state).map(this::atState);
    }

    /** How the states of a run are written as predicates, with the run's constants naming its model values. */
    private static FixedState fixed(dev.invar.tlc.CheckResult run) {
        return FixedState.of(run.run().model().map(dev.invar.tlc.TlcConfig::constants).orElse(List.of()));
    }

    /**
     * The state of the invariant from which TLC could not evaluate a step, when the probe stopped at one: the last state
     * of an evaluation error's behaviour; or the first state of a counterexample where TLC could not evaluate the
     * grammar's predicates. A sampled check follows steps that stay in the invariant, and its walks take many, so the
     * state may be a few steps from where the behaviour started.
     */
    private static Optional<Map<String, TlaValue>> undefinedStep(InductionProbe probe) {
        dev.invar.tlc.CheckResult run = probe.run();
        if (run.verdict() != dev.invar.tlc.Verdict.EVALUATION_ERROR) {
            return Optional.empty();
        }
        return probe.featuresFailedAt().isPresent() ? probe.featuresFailedAt()
                : run.trace().filter(t -> !t.states().isEmpty()).map(t -> t.states().get(t.states().size() - 1).variables())
                        .filter(v -> !v.isEmpty());
    }
}
