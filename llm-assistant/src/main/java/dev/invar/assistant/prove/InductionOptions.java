package dev.invar.assistant.prove;

/**
 * How hard an inductive check looks.
 *
 * @param exhaustiveLimit up to this many type-correct states, every one is enumerated; above, they are sampled
 * @param samples about how many type-correct states a sampled check draws
 * @param maxCounterexamples how many counterexamples to induction one pass reports at most
 */
public record InductionOptions(long exhaustiveLimit, long samples, int maxCounterexamples) {
    public InductionOptions {
        if (exhaustiveLimit < 1 || samples < 1 || maxCounterexamples < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static InductionOptions defaults() {
        return new InductionOptions(2_000_000, 300_000, 400);
    }
}
