package dev.invar.ci;

import java.util.Objects;
import java.util.Optional;

/**
 * The verdict a model must give: {@code success}, or the violation a bug-demonstrating model must show.
 *
 * @param verdict a verdict id such as {@code success} or {@code safety-violation}
 * @param property for a violation, the invariant or property that must be the one violated
 */
public record Expectation(String verdict, Optional<String> property) {
    public Expectation {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(property, "property");
    }

    public static Expectation success() {
        return new Expectation("success", Optional.empty());
    }

    @Override
    public String toString() {
        return verdict + property.map(p -> " (" + p + ")").orElse("");
    }
}
