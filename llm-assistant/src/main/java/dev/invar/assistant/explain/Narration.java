package dev.invar.assistant.explain;

import java.util.Objects;

/**
 * A language model's account of a counterexample, and what asking cost.
 *
 * @param text the account, as plain text with control characters removed (it is untrusted output)
 */
public record Narration(String model, String text, long inputTokens, long outputTokens) {
    public Narration {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(text, "text");
    }
}
