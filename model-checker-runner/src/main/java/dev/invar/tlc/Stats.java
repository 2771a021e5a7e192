package dev.invar.tlc;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What TLC reported about the search. Counts are {@code -1} when TLC did not report them (a run that
 * stopped early, or a simulation, which has no distinct-state count).
 *
 * @param generated states generated (TLC's "states generated", the manifest's total states)
 * @param distinct distinct states found
 * @param leftOnQueue states left on the queue when the run ended
 * @param depth depth of the state graph search (simulation: the trace depth)
 * @param duration wall-clock time of the child JVM
 * @param fingerprintCollisionProbability TLC's optimistic estimate, on a complete search
 * @param seed the random seed TLC used
 * @param fingerprintIndex the irreducible polynomial TLC chose ({@code -fp})
 * @param workers worker threads TLC ran
 */
public record Stats(long generated, long distinct, long leftOnQueue, int depth, Duration duration,
                    OptionalDouble fingerprintCollisionProbability, OptionalLong seed,
                    OptionalInt fingerprintIndex, OptionalInt workers) {
    public Stats {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(fingerprintCollisionProbability, "fingerprintCollisionProbability");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(fingerprintIndex, "fingerprintIndex");
        Objects.requireNonNull(workers, "workers");
    }

    public static Stats none(Duration duration) {
        return new Stats(-1, -1, -1, -1, duration, OptionalDouble.empty(), OptionalLong.empty(),
                OptionalInt.empty(), OptionalInt.empty());
    }

    public Optional<Long> distinctStates() {
        return distinct < 0 ? Optional.empty() : Optional.of(distinct);
    }
}
