package dev.invar.ci;

import java.util.OptionalLong;

/**
 * Bounds on the distinct states of a model. The floor catches a model that was quietly hollowed out
 * (an INVARIANT deleted, a constant shrunk); the ceiling catches a state-space explosion.
 */
public record StateBounds(OptionalLong min, OptionalLong max) {
    public StateBounds {
        min = min == null ? OptionalLong.empty() : min;
        max = max == null ? OptionalLong.empty() : max;
    }

    public static StateBounds none() {
        return new StateBounds(OptionalLong.empty(), OptionalLong.empty());
    }

    public static StateBounds exactly(long n) {
        return new StateBounds(OptionalLong.of(n), OptionalLong.of(n));
    }

    /** Lets invar.json leave out bounds that say nothing. */
    static final class NoneFilter {
        @Override
        public boolean equals(Object other) {
            return other == null || other instanceof StateBounds b && b.min().isEmpty() && b.max().isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    public boolean contains(long distinct) {
        return (min.isEmpty() || distinct >= min.getAsLong()) && (max.isEmpty() || distinct <= max.getAsLong());
    }

    @Override
    public String toString() {
        if (min.isPresent() && max.isPresent() && min.getAsLong() == max.getAsLong()) {
            return "exactly " + min.getAsLong();
        }
        return (min.isPresent() ? "≥ " + min.getAsLong() : "") + (min.isPresent() && max.isPresent() ? " and " : "")
                + (max.isPresent() ? "≤ " + max.getAsLong() : "");
    }
}
