package dev.invar.assistant;

import java.time.Duration;

/**
 * Limits for one drafting round.
 *
 * @param maxCandidates at most this many candidates
 * @param maxTokens an LLM drafter stops asking when its token use would exceed this
 * @param timeLimit wall-clock limit for the round
 */
public record DraftBudget(int maxCandidates, long maxTokens, Duration timeLimit) {
    public static DraftBudget defaults() {
        return new DraftBudget(200, 200_000, Duration.ofMinutes(5));
    }
}
