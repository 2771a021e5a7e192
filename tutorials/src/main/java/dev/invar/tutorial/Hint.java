package dev.invar.tutorial;

import java.util.Objects;

/**
 * A hint for the current step.
 *
 * @param source {@code built-in} or the model that wrote it
 * @param number which built-in hint this is (1-based; 0 for a model's hint), of {@code of}
 */
public record Hint(String text, String source, int number, int of) {
    public Hint {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
    }
}
