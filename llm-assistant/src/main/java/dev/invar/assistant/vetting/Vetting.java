package dev.invar.assistant.vetting;

import dev.invar.assistant.Candidate;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.PredicateVerdict;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks drafted candidates mechanically, many at once per TLC run: (1) they parse and name only what
 * the spec defines, (2) they hold on every reachable state of the model, (3) TypeOK alone does not imply
 * them, (4) an implication's premise is reachable, (5) a stronger accepted candidate does not imply them
 * (on the states TypeOK allows), (6) some mutant of the spec (a dropped guard, a forgotten variable, a
 * widened quorum, a duplicated message) violates them.
 */
public final class Vetting {
    /** Above this many survivors the pairwise redundancy pass is skipped (it grows with the square). */
    private static final int MAX_PAIRWISE = 60;
    private static final Duration MUTANT_LIMIT = Duration.ofSeconds(30);
    /** All mutants together get at most this long; those not started by then are not counted. */
    private static final Duration MUTANTS_BUDGET = Duration.ofSeconds(90);
    private static final int MAX_MUTANTS = 12;

    private final TlcRunner runner;

    public Vetting(TlcRunner runner) {
        this.runner = runner;
    }

    /**
     * @param model the model the candidates are judged on (spec, config, constants)
     * @param variables the spec's variables, for the TypeOK pass
     */
    public VettingReport vet(CheckRequest model, List<Candidate> candidates, List<String> variables) {
        List<String> predicates = new ArrayList<>();
        Map<Integer, Integer> premiseOf = new HashMap<>();
        candidates.forEach(c -> predicates.add(c.expression()));
        for (int i = 0; i < candidates.size(); i++) {
            int index = i;
            Premise.of(candidates.get(i).expression()).ifPresent(p -> {
                premiseOf.put(index, predicates.size());
                predicates.add(p);
            });
        }
        PredicateEvaluation reach = runner.evaluate(model, predicates);
        int runs = reach.tlcRuns();
        long states = reach.run().stats().distinct();
        String where = (reach.exhaustive() ? "every one of the " + states + " reachable states" : "the states explored")
                + constants(reach);
        VettedCandidate[] result = new VettedCandidate[candidates.size()];
        List<Integer> survivors = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            PredicateVerdict v = reach.verdicts().get(i);
            Candidate c = candidates.get(i);
            if (v.rejected().isPresent()) {
                result[i] = new VettedCandidate(c, VettedCandidate.Status.REJECTED, v.rejected().get(), List.of(), Optional.empty());
            } else if (v.refutedBy().isPresent()) {
                result[i] = new VettedCandidate(c, VettedCandidate.Status.REFUTED, "false in a reachable state",
                        List.of("parses"), v.refutedBy());
            } else if (premiseOf.containsKey(i) && !reach.verdicts().get(premiseOf.get(i)).everTrue()) {
                result[i] = new VettedCandidate(c, VettedCandidate.Status.VACUOUS, "its premise never holds in a reachable state",
                        List.of("parses", "holds on " + where), Optional.empty());
            } else {
                survivors.add(i);
            }
        }
        // TypeOK alone: every state TypeOK allows, when that space can be enumerated in time.
        CheckRequest typeSpace = TypeSpace.of(model, variables);
        PredicateEvaluation types = runner.evaluate(typeSpace, survivors.stream().map(predicates::get).toList());
        runs += types.tlcRuns();
        List<Integer> insights = new ArrayList<>();
        for (int s = 0; s < survivors.size(); s++) {
            int i = survivors.get(s);
            if (TypeSpace.impliedByTypeOK(types, s)) {
                result[i] = new VettedCandidate(candidates.get(i), VettedCandidate.Status.TYPE_LEVEL,
                        "holds on every state TypeOK allows: a fact about types", List.of("parses", "holds on " + where),
                        Optional.empty());
            } else {
                insights.add(i);
            }
        }
        String typeCheck = types.exhaustive() ? "not implied by TypeOK" : "TypeOK space too large to enumerate: not compared";
        runs += fold(types.exhaustive() ? Optional.of(typeSpace) : Optional.empty(), candidates, insights, result, where,
                typeCheck);
        runs += mutate(model, result);
        List<VettedCandidate> all = new ArrayList<>(List.of(result));
        all.sort(Comparator.comparing(VettedCandidate::status));
        return new VettingReport(all, constants(reach), reach.exhaustive(), states, runs);
    }

    /**
     * Accepts the strongest candidates and folds away those they imply. Implication is judged on every
     * state TypeOK allows: on the reachable states alone any invariant implies any other.
     */
    private int fold(Optional<CheckRequest> typeSpace, List<Candidate> candidates, List<Integer> insights,
                     VettedCandidate[] result, String where, String typeCheck) {
        List<String> checks = List.of("parses", "holds on " + where, typeCheck, "premise reachable");
        if (typeSpace.isEmpty() || insights.size() > MAX_PAIRWISE || insights.size() < 2) {
            insights.forEach(i -> result[i] = new VettedCandidate(candidates.get(i), VettedCandidate.Status.ACCEPTED, "",
                    checks, Optional.empty()));
            return 0;
        }
        List<String> pairs = new ArrayList<>();
        for (int a : insights) {
            for (int b : insights) {
                pairs.add("(" + candidates.get(a).expression() + ") => (" + candidates.get(b).expression() + ")");
            }
        }
        PredicateEvaluation implied = runner.evaluate(typeSpace.get(), pairs);
        int n = insights.size();
        boolean[][] implies = new boolean[n][n];
        int[] strength = new int[n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                implies[a][b] = a != b && implied.verdicts().get(a * n + b).holds();
                strength[a] += implies[a][b] ? 1 : 0;
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            order.add(k);
        }
        order.sort(Comparator.<Integer>comparingInt(k -> -strength[k])
                .thenComparingInt(k -> candidates.get(insights.get(k)).expression().length()));
        List<Integer> accepted = new ArrayList<>();
        for (int k : order) {
            Optional<Integer> by = accepted.stream().filter(a -> implies[a][k]).findFirst();
            int i = insights.get(k);
            if (by.isPresent()) {
                result[i] = new VettedCandidate(candidates.get(i), VettedCandidate.Status.REDUNDANT,
                        "implied by " + candidates.get(insights.get(by.get())).name(), checks, Optional.empty());
            } else {
                accepted.add(k);
                result[i] = new VettedCandidate(candidates.get(i), VettedCandidate.Status.ACCEPTED, "", checks, Optional.empty());
            }
        }
        return implied.tlcRuns();
    }

    /**
     * Checks the accepted candidates against mutants of the spec, one TLC pass per mutant. A candidate a
     * mutant refutes "kills" it; one that kills none is marked so. A refutation found before a mutant's
     * time limit counts, since the refuting state is reachable in the mutant either way.
     */
    private int mutate(CheckRequest model, VettedCandidate[] result) {
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < result.length; i++) {
            if (result[i].status() == VettedCandidate.Status.ACCEPTED) {
                accepted.add(i);
            }
        }
        if (accepted.isEmpty()) {
            return 0;
        }
        List<Mutants.Mutant> mutants;
        try {
            mutants = Mutants.of(Files.readString(model.spec()), MAX_MUTANTS);
        } catch (IOException e) {
            return 0;
        }
        Mutants.Kind[] kinds = Mutants.Kind.values();
        int[][] kills = new int[accepted.size()][kinds.length];
        int[] valid = new int[kinds.length];
        int runs = 0;
        List<String> expressions = accepted.stream().map(i -> result[i].candidate().expression()).toList();
        long start = System.nanoTime();
        for (Mutants.Mutant mutant : mutants) {
            Duration left = MUTANTS_BUDGET.minus(Duration.ofNanos(System.nanoTime() - start));
            if (left.compareTo(Duration.ofSeconds(5)) < 0) {
                break;
            }
            try (MutantCopy copy = MutantCopy.of(model.spec(), mutant.moduleText())) {
                Duration limit = left.compareTo(MUTANT_LIMIT) < 0 ? left : MUTANT_LIMIT;
                PredicateEvaluation e = runner.evaluate(model.withSpec(copy.spec()).toBuilder().timeout(limit).build(),
                        expressions);
                runs += e.tlcRuns();
                if (e.verdicts().stream().allMatch(v -> v.rejected().isPresent())) {
                    continue; // the mutant itself does not parse or run (e.g. an evaluation error): it tests nothing
                }
                int kind = mutant.kind().ordinal();
                valid[kind]++;
                for (int k = 0; k < kills.length; k++) {
                    kills[k][kind] += e.verdicts().get(k).refutedBy().isPresent() ? 1 : 0;
                }
            }
        }
        int mutantsRun = Arrays.stream(valid).sum();
        for (int k = 0; k < accepted.size(); k++) {
            VettedCandidate c = result[accepted.get(k)];
            List<MutantKills> byKind = new ArrayList<>();
            for (Mutants.Kind kind : kinds) {
                if (valid[kind.ordinal()] > 0) {
                    byKind.add(new MutantKills(kind.label(), kills[k][kind.ordinal()], valid[kind.ordinal()]));
                }
            }
            int killed = byKind.stream().mapToInt(MutantKills::killed).sum();
            List<String> checks = new ArrayList<>(c.checks());
            checks.add("kills " + killed + " of " + mutantsRun + " mutants" + breakdown(byKind));
            boolean sensitive = mutantsRun == 0 || killed > 0;
            result[accepted.get(k)] = new VettedCandidate(c.candidate(),
                    sensitive ? VettedCandidate.Status.ACCEPTED : VettedCandidate.Status.KILLS_NO_MUTANT,
                    sensitive ? "" : "no mutant of the spec violates it", checks, Optional.empty(), killed, mutantsRun, byKind);
        }
        return runs;
    }

    /** " (guard 2 of 5, unchanged 1 of 4)": the kills per kind of mutant that ran. */
    private static String breakdown(List<MutantKills> byKind) {
        return byKind.isEmpty() ? "" : byKind.stream().map(m -> m.kind() + " " + m.killed() + " of " + m.mutants())
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static String constants(PredicateEvaluation e) {
        String constants = e.run().run().model().map(TlcConfig::constantsText).orElse("");
        return constants.isEmpty() ? "" : " (" + constants + ")";
    }
}
