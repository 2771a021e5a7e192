package dev.invar.tlc;

import java.util.Objects;
import java.util.Set;

/**
 * The union, over a model's reachable states, of the values of a set-valued expression: for example the
 * distinct rows of truth values of some atomic predicates, from which the validity of any clause over them
 * follows without another TLC run.
 *
 * @param values the distinct elements seen
 * @param run the TLC run that explored the states
 * @param failedDefinition which of the definitions given broke the run, when TLC's error lies in one
 * @param tlcRuns how many TLC runs it took: more than one when a definition that broke the run had to be looked for
 */
public record StateFeatures(Set<TlaValue> values, CheckResult run, java.util.Optional<Integer> failedDefinition, int tlcRuns) {
    public StateFeatures {
        values = Set.copyOf(values);
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(failedDefinition, "failedDefinition");
    }

    /**
     * The index of the invariant checked along ({@link TlcRunner#collect(CheckRequest, java.util.List, String, java.util.List)})
     * that a reachable state violates, if one does; {@code run.trace()} then ends in that state.
     */
    public java.util.Optional<Integer> violatedInvariant() {
        String prefix = dev.invar.tlc.internal.FeatureModule.HOLDS;
        return run.violation().filter(v -> v.kind() == Verdict.SAFETY_VIOLATION).flatMap(Violation::property)
                .filter(p -> p.startsWith(prefix)).map(p -> Integer.parseInt(p.substring(prefix.length())));
    }

    /** True when every reachable state was visited. */
    public boolean exhaustive() {
        return run.passed() && run.run().mode() == Mode.MODEL_CHECK;
    }
}
