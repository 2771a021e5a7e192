package dev.invar.assistant.prove;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.InductionProbe;
import dev.invar.tlc.InductionQuery;
import dev.invar.tlc.Junctions;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks with TLC that a predicate is inductive on one instance of a spec: it holds initially
 * ({@code Init => Ind}), every step of Next from a state of it stays in it ({@code Ind /\ Next => Ind'})
 * over the type-correct states, and it implies the safety property ({@code Ind => Safety}). The
 * type-correct states are enumerated when there are few enough, sampled otherwise.
 */
public final class InductiveCheck {
    private final TlcRunner runner;
    private final CheckRequest model;
    private final ModuleOutline outline;
    private final java.util.concurrent.CompletableFuture<Domain> domain;
    private final List<String> actions;
    private final String typeOk;
    private final int maxCounterexamples;

    /**
     * The type-correct states checked: every one, or a sample (each variable's set, and how many states), with a smaller
     * sample drawn first.
     */
    private record Domain(boolean exhaustive, TypeDomain.Sample whole, Optional<TypeDomain.Sample> first,
                          Optional<ReachableNeighbourhood> near) {
        Map<String, String> sets() {
            return whole.sets();
        }
    }

    /**
     * A sampled check first looks at a sample this many times smaller, and at the whole sample only when the small one
     * shows no counterexample to induction. While the invariant is weak, most sampled states satisfy it and its
     * counterexamples are many: a small sample finds enough of them for a round to choose lemmas from. On paxos the
     * first rounds spent 30 to 40 s each on their samples, nearly all of it following steps from states of the invariant.
     */
    private static final int FIRST_SHARE = 8;

    /**
     * A search over every type-correct state also looks at a sample first, {@link #FIRST_SHARE} times smaller, where
     * there are more than this many: each round enumerated them all, and while the invariant is weak its first
     * counterexamples are enough to choose from. Only the whole enumeration ends a search; {@code check-inductive}
     * enumerates at once.
     */
    private static final long SAMPLED_FIRST_FROM = 40_000;

    /**
     * One probe: the TLC pass that decided it and what it looked at.
     *
     * @param tlc the pass; the walks', when they were taken (their counterexamples, the sample's count of states)
     * @param sampled how many type-correct states its sample held (all of them, when exhaustive)
     * @param near which reachable states it looked next to
     * @param walks the walks it took after a sample without counterexample, if it took any
     * @param runs the TLC runs it took: a smaller sample first, the whole one, the walks, a run again in another order
     */
    public record Probe(InductionProbe tlc, BigInteger sampled, Near near, Optional<InductionResult.Walks> walks, int runs) {
        /** The same probe, after {@code earlier} runs that decided nothing. */
        Probe after(int earlier) {
            return new Probe(tlc, sampled, near, walks, runs + earlier);
        }

        /** How long the walks took, when it took any: the pass is then theirs. */
        public Optional<Duration> walkTime() {
            return walks.map(w -> tlc.run().run().wallTime());
        }
    }

    /**
     * How many steps a sampled check follows from each state while they stay in the invariant. A counterexample
     * to induction that a sample misses is often a step of Next from a state it has. On quorum-register, one more
     * step found 7 and 6 counterexamples where the step alone found 2 and 1; on primary-backup it looked at 4.4
     * times as many states of the invariant in 1.3 to 1.5 times the time, two more at 9 times as many in twice the
     * time (docs/BENCHMARKS.md).
     */
    private static final int SAMPLED_DEPTH = 2;

    /**
     * Which reachable states a sampled check also looks next to: a share that each draw of a search picks anew, or
     * every one (up to 4,000), as a check that stands alone and the last sample of a search do. Only the latter also
     * takes random walks when its sample shows no counterexample.
     */
    public enum Near {
        /** Around 200 of them, other ones in each draw; no walks. */
        DRAW,
        /** Every one of them, up to 4,000; then walks from them. */
        ALL
    }

    /** Around how many reachable states, at most, one draw of a search looks next to. */
    private static final int DRAWN_REACHABLE = 200;

    /**
     * How many reachable states, at most, a check looks next to when it looks next to all of them. On the library's
     * sampled protocols (443 to 3,304 reachable states) a check next to all of them took up to 2.8 times as long
     * as one next to 200, and a search that did so every round up to 2.05 times as long (docs/BENCHMARKS.md): too
     * slow for every round, cheap for the last sample.
     */
    private static final int ALL_REACHABLE = 4_000;

    /**
     * How many random walks a sampled check takes when its sample has no counterexample, and how many steps each: from
     * reachable states, through the states of the invariant, each step a step of Next or one change that stays in it.
     * A counterexample to induction that is several changes away from every reachable state (paxos's, a promise that
     * hides a vote and a proposal that relies on it) is in neither a random sample nor the states next to reachable
     * ones; a walk gets there a change at a time. The walks cost most of a clean round (13 of paxos's 23 s): a search
     * takes them only with the sample that would end it, {@link Near#ALL}, after cheaper samples showed nothing.
     */
    private static final long WALKS = 400;
    private static final int WALK_STEPS = 30;

    /**
     * Reads the spec's TypeOK and Next, and starts counting the type-correct states (one short TLC run, in the
     * background, so that it overlaps with whatever the caller runs first).
     *
     * @throws ProofException when the spec has no TypeOK or TypeOK gives a variable no set
     */
    public InductiveCheck(TlcRunner runner, CheckRequest model, String typeOk, InductionOptions options) {
        this.runner = runner;
        this.model = model;
        this.outline = ModuleOutline.read(model.spec());
        String body = outline.definition(typeOk).orElseThrow(() -> new ProofException(model.spec().getFileName()
                + " defines no " + typeOk + missing(model.spec())
                + ": an inductive check needs a type invariant that gives each variable a finite set"));
        TypeDomain types = TypeDomain.read(typeOk, body, outline.variables());
        this.domain = java.util.concurrent.CompletableFuture.supplyAsync(() -> count(types, options));
        this.typeOk = typeOk;
        String next = model.overrides().next().orElse("Next");
        this.actions = Junctions.actions(next, outline.definitions());
        this.maxCounterexamples = options.maxCounterexamples();
    }

    private Domain count(TypeDomain read, InductionOptions options) {
        TypeDomain types = read.counted(runner, model);
        Optional<BigInteger> all = types.size();
        if (all.isPresent() && all.get().compareTo(BigInteger.valueOf(options.exhaustiveLimit())) <= 0) {
            Optional<TypeDomain.Sample> first = all.get().compareTo(BigInteger.valueOf(SAMPLED_FIRST_FROM)) > 0
                    ? Optional.of(types.sampled(all.get().longValue() / FIRST_SHARE)) : Optional.empty();
            return new Domain(true, new TypeDomain.Sample(types.sets(), all.get()), first, Optional.empty());
        }
        return new Domain(false, types.sampled(options.samples()), Optional.of(types.sampled(Math.max(1, options.samples() / FIRST_SHARE))),
                ReachableNeighbourhood.of(runner, model, types));
    }

    private Domain domain() {
        return joined(domain);
    }

    /** The value of a TLC run started in the background; its exception, if it failed, as thrown there. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> run) {
        try {
            return run.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** What the spec EXTENDS and is not beside it, said after "defines no TypeOK": TLC would not find it either. */
    private static String missing(java.nio.file.Path spec) {
        List<String> missing = ModuleOutline.missingExtends(spec);
        return missing.isEmpty() ? "" : " (it EXTENDS " + String.join(", ", missing) + ", and no "
                + missing.stream().map(m -> m + ".tla").collect(Collectors.joining(" or ")) + " is beside it)";
    }

    public boolean exhaustive() {
        return domain().exhaustive();
    }

    /** The disjuncts of Next, as counterexamples name them. */
    public List<String> actions() {
        return actions;
    }

    public ModuleOutline outline() {
        return outline;
    }

    /** Checks all three conditions for {@code invariant}, and {@code Ind => safety} when a safety property is given. */
    public InductionResult check(String invariant, Optional<String> safety) {
        long start = System.nanoTime();
        List<Map<String, TlaValue>> initialOutside = new ArrayList<>();
        // Init => Ind and the inductive step are two independent TLC runs: they run side by side.
        java.util.concurrent.CompletableFuture<PredicateEvaluation> initialRun = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> runner.evaluate(initialStates(), List.of(invariant)));
        Probe probe = probe(invariant, safety, List.of(), Optional.empty(), 0, Near.ALL, false);
        PredicateEvaluation initial = joined(initialRun);
        Optional<String> rejected = initial.verdicts().get(0).rejected();
        if (rejected.filter(r -> r.startsWith(dev.invar.tlc.Verdict.PARSE_ERROR.id())).isPresent()) {
            // "parse-error at column 5: …" becomes "invariant `x < Nope` at column 5: …", as `check` says it.
            throw new UnparsableExpressionException("invariant `" + invariant.replaceAll("\\s+", " ") + "`"
                    + rejected.get().substring(dev.invar.tlc.Verdict.PARSE_ERROR.id().length()));
        }
        Optional<String> failure = rejected.or(() -> failure(initial.run()));
        initial.verdicts().get(0).refutedBy().ifPresent(initialOutside::add);
        failure = failure.or(() -> failure(probe.tlc().run()).map(f -> f + stoppedAt(probe.tlc().run())));
        return result(invariant, probe, Duration.ofNanos(System.nanoTime() - start), initialOutside, failure);
    }

    /**
     * One inductive step, with {@code features} evaluated in the first state of each counterexample, over sample
     * number {@code draw} when the type-correct states are sampled: with the model's seed, the seed plus {@code draw},
     * so that each draw is another sample and the same draw the same one; without a seed, TLC draws a new one every
     * run anyway. A sampled check looks at a small sample first, then, when it shows nothing, at the whole sample, and then,
     * when that shows nothing either and {@code near} is {@link Near#ALL}, takes random walks: each stage only where the
     * cheaper one before it found no counterexample.
     *
     * @param definitions operators the features use, one line each
     * @param near which reachable states a sampled check also looks next to
     */
    public Probe probe(String invariant, Optional<String> safety, List<String> definitions, Optional<String> features, int draw,
                       Near near) {
        return probe(invariant, safety, definitions, features, draw, near, true);
    }

    private Probe probe(String invariant, Optional<String> safety, List<String> definitions, Optional<String> features, int draw,
                        Near near, boolean searching) {
        CheckRequest request = drawn(draw);
        // Each draw also looks next to other reachable states: its seed says which, or the draw without one.
        long which = request.seed().orElse(draw);
        int before = 0;
        if (domain().first().isPresent() && (searching || !domain().exhaustive())) {
            Probe first = sample(request, domain().first().get(), which, Near.DRAW, invariant, safety, definitions, features);
            if (!clean(first.tlc())) {
                return first;
            }
            before = first.runs();
        }
        Probe whole = sample(request, domain().whole(), which, near, invariant, safety, definitions, features).after(before);
        if (near == Near.DRAW || domain().near().isEmpty() || !clean(whole.tlc())) {
            return whole;
        }
        InductionProbe sample = whole.tlc();
        ReachableNeighbourhood n = domain().near().get();
        InductionQuery walks = new InductionQuery(n.states(which, limit(near)), invariant, safety, actions, definitions, features,
                maxCounterexamples, false, WALK_STEPS, Optional.of(new InductionQuery.Walks(n.detour(), WALKS)));
        InductionProbe walk = runner.probeInduction(request, walks);
        return new Probe(new InductionProbe(walk.counterexamples(), walk.unsafe(), sample.states(), sample.symmetric(), walk.run(),
                walk.failedDefinition(), walk.featuresFailedAt()), whole.sampled(), near, Optional.of(new InductionResult.Walks(WALKS, WALK_STEPS)),
                whole.runs() + 1);
    }

    /**
     * The model for draw number {@code draw}: a sampled space's draws take the model's seed plus the draw (without a seed,
     * TLC draws anew each run); the smaller sample of an enumerated space takes the seed, or 0, plus the draw, another
     * each round and the same in every run; the whole of an enumerated space needs no seed.
     */
    private CheckRequest drawn(int draw) {
        if (domain().exhaustive() && domain().first().isPresent()) {
            return model.toBuilder().seed(model.seed().orElse(0) + draw).build();
        }
        if (draw == 0 || domain().exhaustive() || model.seed().isEmpty()) {
            return model;
        }
        return model.toBuilder().seed(model.seed().getAsLong() + draw).build();
    }

    /** One inductive step over the states of {@code sample} and those next to the reachable states {@code near} says. */
    private Probe sample(CheckRequest request, TypeDomain.Sample sample, long which, Near near, String invariant,
                         Optional<String> safety, List<String> definitions, Optional<String> features) {
        String eager = pruned(invariant, sample.sets(), false);
        Probe probe = sample(request, sample, which, near, eager, invariant, safety, definitions, features);
        if (!unevaluatedDomain(probe.tlc())) {
            return probe;
        }
        // A conjunct that TLC cannot evaluate where an earlier one is false: the order it was written in guarded it.
        String ordered = pruned(invariant, sample.sets(), true);
        return ordered.equals(eager) ? probe
                : sample(request, sample, which, near, ordered, invariant, safety, definitions, features).after(probe.runs());
    }

    private Probe sample(CheckRequest request, TypeDomain.Sample sample, long which, Near near, String pruned, String invariant,
                         Optional<String> safety, List<String> definitions, Optional<String> features) {
        String domain = domain().near().map(n -> "((" + pruned + ") \\/ (" + n.predicate(which, limit(near)) + "))").orElse(pruned);
        // The lemmas and the type invariant quantify over whole sets: where the model's values are interchangeable,
        // TLC needs to look at one state per orbit of their permutations.
        InductionQuery query = new InductionQuery(domain, invariant, safety, actions, definitions, features, maxCounterexamples, true,
                depth());
        return new Probe(runner.probeInduction(request, query), sample.states(), near, Optional.empty(), 1);
    }

    /** A probe that stopped on an expression TLC could not evaluate before it had a state to step from. */
    private static boolean unevaluatedDomain(InductionProbe probe) {
        CheckResult run = probe.run();
        return run.verdict() == dev.invar.tlc.Verdict.EVALUATION_ERROR && run.trace().filter(t -> !t.states().isEmpty()).isEmpty();
    }

    /** A probe that ran to its end and found neither a counterexample to induction nor an unsafe state. */
    private static boolean clean(InductionProbe probe) {
        return probe.complete() && probe.counterexamples().isEmpty() && probe.unsafe().isEmpty();
    }

    /**
     * The domain with the invariant's conjuncts placed as early as TLC can evaluate them: each right after
     * the last variable it reads is given its set. TLC enumerates the initial predicate depth first, so a
     * conjunct about the first variables prunes every state that would extend a bad start. The type
     * invariant is taken apart: its memberships are the domain, its other conjuncts (say {@code Len(chain) >= 1})
     * are placed like the rest, and nothing that reads a variable one of them reads moves before it, so what is
     * only defined where such a filter holds is still evaluated after it.
     *
     * @param ordered whether the invariant's own conjuncts are filters in that sense too, each kept after every
     *                earlier one that reads a variable it reads: the order a conjunction is written in can guard
     *                its later conjuncts, but chained that way, a safety property that reads the last variable
     *                pulls every lemma after it behind that variable, and prunes nothing. An ABD register's last
     *                round spent 5.1 s on its 373,248 type-correct states that way, 1.0 s with its lemmas placed
     *                each after its own variables (docs/BENCHMARKS.md)
     */
    String pruned(String invariant, Map<String, String> sets, boolean ordered) {
        List<String> variables = new ArrayList<>(sets.keySet());
        Map<Integer, List<String>> after = new LinkedHashMap<>();
        Map<String, Integer> placed = new HashMap<>();
        for (Conjunct conjunct : expanded(invariant)) {
            java.util.Set<String> used = outline.variablesUsed(conjunct.text());
            int last = -1;
            for (String v : used) {
                last = Math.max(last, Math.max(variables.indexOf(v), placed.getOrDefault(v, -1)));
            }
            if (ordered || conjunct.filter()) {
                for (String v : used) {
                    placed.merge(v, last, Math::max);
                }
            }
            after.computeIfAbsent(last, k -> new ArrayList<>()).add(conjunct.text());
        }
        List<String> parts = new ArrayList<>();
        after.getOrDefault(-1, List.of()).forEach(c -> parts.add("(" + c.replace('\n', ' ') + ") = TRUE"));
        for (int i = 0; i < variables.size(); i++) {
            parts.add(variables.get(i) + " \\in " + sets.get(variables.get(i)));
            after.getOrDefault(i, List.of()).forEach(c -> parts.add("(" + c.replace('\n', ' ') + ") = TRUE"));
        }
        return String.join(" /\\ ", parts);
    }

    /** A conjunct of the invariant; a filter when it is one of the type invariant's own conjuncts that is no membership. */
    private record Conjunct(String text, boolean filter) {
    }

    /** The invariant's conjuncts, with the type invariant's own conjuncts in its place and its memberships left out. */
    private List<Conjunct> expanded(String invariant) {
        List<Conjunct> conjuncts = new ArrayList<>();
        for (String conjunct : Junctions.conjuncts(invariant)) {
            if (!conjunct.strip().equals(typeOk)) {
                conjuncts.add(new Conjunct(conjunct, false));
                continue;
            }
            for (String part : Junctions.conjuncts(outline.definition(typeOk).orElse("TRUE"))) {
                String p = part.strip();
                boolean membership = domain().sets().keySet().stream().anyMatch(v -> p.matches("(?s)^" + java.util.regex.Pattern.quote(v)
                        + "\\s*(\\\\in|\\\\subseteq)[^/]*$"));
                if (!membership) {
                    conjuncts.add(new Conjunct(p, true));
                }
            }
        }
        return conjuncts;
    }

    /**
     * How many steps a check follows from each state of the domain while they stay in the invariant: where every
     * type-correct state is enumerated, one (the states a step reaches are among them already); where they are
     * sampled, {@link #SAMPLED_DEPTH}.
     */
    private int depth() {
        return domain().exhaustive() ? 1 : SAMPLED_DEPTH;
    }

    private static int limit(Near near) {
        return near == Near.ALL ? ALL_REACHABLE : DRAWN_REACHABLE;
    }

    /** Around how many reachable states the check also looked next to (0 when exhaustive or none). */
    private int nearReachable(Near near) {
        return domain().near().map(n -> n.drawn(0, limit(near)).size()).orElse(0);
    }

    /** How many reachable states those are drawn from (0 when exhaustive or none). */
    private int reachableStates() {
        return domain().near().map(n -> n.reachable().size()).orElse(0);
    }

    /** The result of a probe in the terms of {@link InductionResult}. */
    public InductionResult result(String invariant, Probe probe, Duration wallTime) {
        return result(invariant, probe, wallTime, List.of(), failure(probe.tlc().run()));
    }

    private InductionResult result(String invariant, Probe probe, Duration wallTime, List<Map<String, TlaValue>> initialOutside,
                                   Optional<String> failure) {
        InductionProbe tlc = probe.tlc();
        // A search's smaller sample of an enumerated space is a sample: only the whole is exhaustive.
        boolean exhaustive = domain().exhaustive() && probe.sampled().equals(domain().whole().states());
        return new InductionResult(invariant, instance(tlc.run()), exhaustive, probe.sampled(), nearReachable(probe.near()),
                reachableStates(), tlc.states(), ctis(tlc), initialOutside, tlc.unsafe(), failure, wallTime, tlc.symmetric(),
                sampleSeeds(tlc), depth(), probe.walks());
    }

    /** The seed TLC drew the sample with (it says which, given one or not), when the type-correct states are sampled. */
    private List<Long> sampleSeeds(InductionProbe probe) {
        java.util.OptionalLong seed = probe.run().stats().seed();
        return domain().exhaustive() || seed.isEmpty() ? List.of() : List.of(seed.getAsLong());
    }

    List<InductionResult.Cti> ctis(InductionProbe probe) {
        return probe.counterexamples().stream().map(c -> new InductionResult.Cti(c.state(), c.action().map(actions::get),
                c.successor())).toList();
    }

    /** The model restricted to its initial states: Init with no step. */
    private CheckRequest initialStates() {
        ModelOverrides o = model.overrides();
        String unchanged = "UNCHANGED <<" + String.join(", ", outline.variables()) + ">>";
        return model.toBuilder().overrides(new ModelOverrides(o.constants(), List.of(), List.of(), o.init(), Optional.of(unchanged),
                Optional.empty(), Optional.of(false))).build();
    }

    static Optional<String> failure(CheckResult run) {
        if (run.passed()) {
            return Optional.empty();
        }
        if (!run.diagnostics().isEmpty()) {
            return Optional.of(run.diagnostics().get(0).message().strip().replaceAll("\\s+", " "));
        }
        return Optional.of(run.violation().map(v -> v.message().isBlank()
                ? run.verdict().id() + v.location().map(l -> " at " + l.module() + ":" + l.line() + ":" + l.column()).orElse("")
                : v.message().strip().replaceAll("\\s+", " ")).orElse(run.verdict().id()));
    }

    /** Where a check stopped on a step TLC cannot evaluate (a function applied outside its domain, say): the state it steps from. */
    private static String stoppedAt(CheckResult run) {
        if (run.verdict() != dev.invar.tlc.Verdict.EVALUATION_ERROR) {
            return "";
        }
        return run.trace().filter(t -> t.states().size() == 1)
                .map(t -> " (TLC cannot evaluate a step from " + stateText(t.states().get(0).variables()) + ")").orElse("");
    }

    /** A state as TLA+ assignments: {@code x = 1, y = <<>>}. */
    static String stateText(Map<String, TlaValue> state) {
        List<String> parts = new ArrayList<>();
        state.forEach((k, v) -> parts.add(k + " = " + v.toTla()));
        return String.join(", ", parts);
    }

    static String instance(CheckResult run) {
        List<TlcConfig.Constant> constants = run.run().model().map(TlcConfig::constants).orElse(List.of());
        return constants.isEmpty() ? "(no constants)" : constants.stream().map(TlcConfig.Constant::toString)
                .collect(Collectors.joining(", "));
    }
}
