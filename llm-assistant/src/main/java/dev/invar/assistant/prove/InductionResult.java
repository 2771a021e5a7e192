package dev.invar.assistant.prove;

import dev.invar.tlc.TlaValue;
import dev.invar.tlc.Trace;
import dev.invar.tlc.TraceState;
import java.math.BigInteger;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an inductive check of {@code invariant} found on one instance: counterexamples to induction
 * (a state of the invariant, a step of Next, a successor outside it), initial states outside it, states of
 * it where the safety property fails, or none of these over the states it looked at.
 *
 * @param instance the constants of the instance, e.g. {@code RM = {r1, r2}}
 * @param exhaustive whether every type-correct state was enumerated (else a random sample)
 * @param domainStates how many type-correct states were enumerated or sampled
 * @param nearReachable when sampled: around how many reachable states the states one change away from them
 *                      were looked at too, in the last sample (0: none); a search's last sample looks next to all of
 *                      them, up to a limit, the ones before next to a share each
 * @param reachableStates how many reachable states there are to draw those from (each sample draws others when
 *                        there are more)
 * @param invariantStates how many of them satisfy the invariant: with a symmetry, one per orbit
 * @param failure why the check could not finish (a TLC error), if it could not
 * @param symmetry the constants whose interchangeable model values were permuted: TLC took one state per orbit, which
 *                 stands for all of them because neither the spec nor the invariant tells those values apart
 * @param seeds when sampled: the seeds TLC drew the samples with, one per sample; a seed draws the same sample again,
 *              and picks the reachable states it looks next to. A sampled "no counterexample" stands for every one of these samples.
 * @param depth how many steps were followed from each state of the sample while they stayed in the invariant (1: the
 *              inductive step alone); the states of the invariant they reach are checked like the sample's own
 * @param walks when sampled, the random walks through states of the invariant taken from the reachable states too, if
 *              any: each step of a walk is a step of Next or one change that stays in the invariant
 */
public record InductionResult(String invariant, String instance, boolean exhaustive, BigInteger domainStates,
                              int nearReachable, int reachableStates, long invariantStates, List<Cti> counterexamples, List<Map<String, TlaValue>> initialOutside,
                              List<Map<String, TlaValue>> unsafe, Optional<String> failure, Duration wallTime, List<String> symmetry,
                              List<Long> seeds, int depth, Optional<Walks> walks) {
    public InductionResult {
        symmetry = List.copyOf(symmetry);
        Objects.requireNonNull(invariant, "invariant");
        counterexamples = List.copyOf(counterexamples);
        initialOutside = List.copyOf(initialOutside);
        unsafe = List.copyOf(unsafe);
        Objects.requireNonNull(failure, "failure");
        seeds = List.copyOf(seeds);
        Objects.requireNonNull(walks, "walks");
    }

    /**
     * Random walks through the states of the invariant, from reachable states.
     *
     * @param count how many walks
     * @param steps how many steps each, at most
     */
    public record Walks(long count, int steps) {
    }

    /** A counterexample to induction, with the disjunct of Next that took the step when it is known. */
    public record Cti(Map<String, TlaValue> state, Optional<String> action, Map<String, TlaValue> successor) {
        public Cti {
            state = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(state));
            successor = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(successor));
            Objects.requireNonNull(action, "action");
        }

        /** The counterexample as a two-state trace: a state of the invariant (not necessarily reachable) and the step that leaves it. */
        public Trace trace() {
            return Trace.finite(List.of(
                    new TraceState(1, "a state of the invariant (need not be reachable)", Optional.empty(), TraceState.Kind.INITIAL,
                            state),
                    new TraceState(2, action.map(a -> a.replaceAll("\\s+", " ")).orElse("a step of Next"), Optional.empty(),
                            TraceState.Kind.ACTION, successor)));
        }
    }

    /** No counterexample of any kind among the states looked at, and the check ran to its end. */
    public boolean inductive() {
        return failure.isEmpty() && counterexamples.isEmpty() && initialOutside.isEmpty() && unsafe.isEmpty();
    }

    /**
     * Some counterexample was found: the invariant is not inductive, or misses an initial state or the safety property,
     * on this instance, whether or not TLC then ran to its end.
     */
    public boolean refuted() {
        return !counterexamples.isEmpty() || !initialOutside.isEmpty() || !unsafe.isEmpty();
    }

    /** The same result, standing for these samples: each of them was drawn and checked the same way. */
    public InductionResult withSeeds(List<Long> drawn) {
        return new InductionResult(invariant, instance, exhaustive, domainStates, nearReachable, reachableStates, invariantStates, counterexamples,
                initialOutside, unsafe, failure, wallTime, symmetry, drawn, depth, walks);
    }

    /** Which reachable states the sample looked next to. */
    private String near(NumberFormat n) {
        if (reachableStates <= nearReachable) {
            return "the " + n.format(nearReachable) + " reachable ones";
        }
        return n.format(nearReachable) + " of the " + n.format(reachableStates) + " reachable ones"
                + (seeds.size() > 1 ? " (in the last sample; other ones in the samples before)" : "");
    }

    /** What the result says, exactly: on which instance, over which states, and never "proved". */
    public String claim() {
        return claim(invariant);
    }

    /** The claim, with the invariant called {@code name} (e.g. {@code IndInv}, defined next to it) instead of written out. */
    public String claim(String name) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        String satisfying = symmetry.isEmpty() ? n.format(invariantStates) + " satisfy it"
                : "up to permutations of " + String.join(" and ", symmetry) + ": " + n.format(invariantStates) + " orbits satisfy it";
        String where = exhaustive
                ? "exhaustively, over all " + n.format(domainStates) + " type-correct states (" + satisfying + ")"
                : (seeds.size() > 1 ? "over " + seeds.size() + " independent samples of " + n.format(domainStates)
                        + " type-correct states each" : "over " + n.format(domainStates) + " sampled type-correct states")
                        + (seeds.isEmpty() ? "" : (seeds.size() == 1 ? " (seed " : " (seeds ")
                                + seeds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")")
                        + (nearReachable == 0 ? "" : " and the type-correct states one change away from " + near(n))
                        + (depth <= 1 ? "" : depth == 2 ? ", and the states of it one step further"
                                : ", and the states of it up to " + (depth - 1) + " steps further")
                        + walks.map(w -> ", and " + n.format(w.count()) + " random walks of up to " + w.steps() + " steps from reachable"
                                + " states through states of it, each step a step of Next or one change").orElse("")
                        + " (" + satisfying + "); states outside the sample were not looked at";
        if (failure.isPresent()) {
            if (!refuted()) {
                return "the inductive check of " + name + " did not finish: " + failure.get();
            }
            // What TLC found before it stopped stands; how many states it looked at does not.
            where = "found before TLC stopped on an error: " + failure.get();
        }
        if (!initialOutside.isEmpty()) {
            return name + " is false in an initial state, instance " + instance;
        }
        if (!unsafe.isEmpty()) {
            return name + " does not imply the safety property: a state satisfies it and violates safety, instance "
                    + instance;
        }
        if (!counterexamples.isEmpty()) {
            return name + " is not inductive on instance " + instance + ": " + counterexamples.size()
                    + (counterexamples.size() == 1 ? " counterexample" : " counterexamples") + " to induction, " + where;
        }
        return exhaustive ? name + " is inductive on instance " + instance + ", " + where
                : "no counterexample to induction for " + name + " on instance " + instance + " " + where;
    }
}
