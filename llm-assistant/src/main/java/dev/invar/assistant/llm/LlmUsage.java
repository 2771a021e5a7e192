package dev.invar.assistant.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * What talking to the model cost, as reported by the provider in each response's token usage.
 *
 * @param rounds drafting rounds that asked the model
 * @param requests chat requests sent (a round with tool calls sends several)
 * @param toolCalls tool calls the model made
 * @param inputTokens prompt tokens, summed over requests
 * @param outputTokens completion tokens, summed over requests
 * @param wallTime time spent in rounds, waiting for the model and the tools
 */
public record LlmUsage(int rounds, int requests, int toolCalls, long inputTokens, long outputTokens,
                       Duration wallTime) {
    public LlmUsage {
        if (rounds < 0 || requests < 0 || toolCalls < 0 || inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("usage counts cannot be negative");
        }
        Objects.requireNonNull(wallTime, "wallTime");
    }

    public static LlmUsage none() {
        return new LlmUsage(0, 0, 0, 0, 0, Duration.ZERO);
    }

    public long totalTokens() {
        return inputTokens + outputTokens;
    }

    public LlmUsage plus(LlmUsage other) {
        return new LlmUsage(rounds + other.rounds, requests + other.requests, toolCalls + other.toolCalls,
                inputTokens + other.inputTokens, outputTokens + other.outputTokens, wallTime.plus(other.wallTime));
    }
}
