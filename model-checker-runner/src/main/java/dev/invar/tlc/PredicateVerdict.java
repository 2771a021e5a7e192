package dev.invar.tlc;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one pass over the reachable states established about one state predicate.
 *
 * @param refutedBy a reachable state where it is false (TLC's first), if any
 * @param everTrue whether some reachable state satisfies it (for an implication's premise: non-vacuity)
 * @param rejected why it could not be evaluated at all (does not parse, evaluation error), if so
 */
public record PredicateVerdict(String expression, Optional<Map<String, TlaValue>> refutedBy, boolean everTrue,
                               Optional<String> rejected) {
    public PredicateVerdict {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(refutedBy, "refutedBy");
        Objects.requireNonNull(rejected, "rejected");
    }

    /** True on every reachable state of the model that was explored. */
    public boolean holds() {
        return rejected.isEmpty() && refutedBy.isEmpty();
    }
}
