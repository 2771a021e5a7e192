package dev.invar.ci;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How {@code invar ci} runs.
 *
 * @param changedSince check only models whose module closure changed since this git revision
 * @param modelTimeout limit per model, overriding the models' own budgets
 * @param overallTimeout limit for the whole run; models not finished by then fail as timed out
 * @param jobs models checked at once; empty means one per core (divided by workers per model)
 */
public record CiOptions(boolean failFast, Optional<String> changedSince, Optional<Shard> shard,
                        Optional<Duration> modelTimeout, Optional<Duration> overallTimeout, OptionalInt jobs,
                        boolean useCache) {
    public static CiOptions defaults() {
        return new CiOptions(false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                OptionalInt.empty(), true);
    }
}
