package dev.invar.tlc;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one inductive step established over the states of a domain that satisfy the invariant.
 * "No counterexample" means something only when {@link #complete()}: TLC visited every such state.
 *
 * @param counterexamples steps from a state of the invariant to a state outside it
 * @param unsafe states of the invariant where the safety property is false
 * @param states how many states of the domain satisfied the invariant (TLC's distinct initial states): one per
 *               orbit of the permutations of {@code symmetric}
 * @param symmetric the constants whose interchangeable model values TLC permuted (empty: none)
 * @param run the TLC run, with its statistics and any error
 * @param failedDefinition which of the query's definitions broke the run, when TLC's error lies in one
 * @param featuresFailedAt the first state of a counterexample where TLC could not evaluate the features, when the run
 *                         stopped there: TLC names no place when the error lies in an operator of the spec, so the
 *                         caller can look for the definition at that one state
 */
public record InductionProbe(List<Counterexample> counterexamples, List<Map<String, TlaValue>> unsafe, long states,
                             List<String> symmetric, CheckResult run, Optional<Integer> failedDefinition,
                             Optional<Map<String, TlaValue>> featuresFailedAt) {
    public InductionProbe {
        Objects.requireNonNull(featuresFailedAt, "featuresFailedAt");
        symmetric = List.copyOf(symmetric);
        Objects.requireNonNull(failedDefinition, "failedDefinition");
        counterexamples = List.copyOf(counterexamples);
        unsafe = List.copyOf(unsafe);
        Objects.requireNonNull(run, "run");
    }

    /** TLC enumerated every state of the domain and took every step from those in the invariant. */
    public boolean complete() {
        return run.passed();
    }

    /**
     * A counterexample to induction: a state where the invariant holds, a step of Next, and the successor
     * where it does not.
     *
     * @param action the index in the query's actions of the disjunct that took the step, if known
     * @param features the value of the query's features expression in {@code state}, if it had one
     */
    public record Counterexample(Map<String, TlaValue> state, Optional<Integer> action, Map<String, TlaValue> successor,
                                 Optional<TlaValue> features) {
        public Counterexample {
            state = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(state));
            successor = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(successor));
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(features, "features");
        }
    }
}
