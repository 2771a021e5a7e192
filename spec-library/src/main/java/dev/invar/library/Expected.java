package dev.invar.library;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What TLC must report for a model or variant. Exact state counts are given for exhaustive successes;
 * a seeded bug names the property it breaks and the length of TLC's counterexample (one worker, BFS).
 *
 * @param verdict {@code success}, {@code safety-violation}, {@code liveness-violation} or {@code deadlock}
 */
public record Expected(String verdict, OptionalLong distinctStates, OptionalLong totalStates, Optional<String> property,
                       OptionalInt traceLength) {
    public Expected {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(distinctStates, "distinctStates");
        Objects.requireNonNull(totalStates, "totalStates");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(traceLength, "traceLength");
    }

    public boolean success() {
        return verdict.equals("success");
    }
}
