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
 */
public record StateFeatures(Set<TlaValue> values, CheckResult run) {
    public StateFeatures {
        values = Set.copyOf(values);
        Objects.requireNonNull(run, "run");
    }

    /** True when every reachable state was visited. */
    public boolean exhaustive() {
        return run.passed() && run.run().mode() == Mode.MODEL_CHECK;
    }
}
