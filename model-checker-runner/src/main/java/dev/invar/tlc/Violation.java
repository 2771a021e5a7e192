package dev.invar.tlc;

import java.util.Objects;
import java.util.Optional;

/**
 * A finding TLC reported about the spec: a violated invariant or property, a deadlock, a false
 * assumption, a failed Assert or an evaluation error, with the behaviour that leads to it.
 *
 * @param kind which verdict this finding implies
 * @param property the violated invariant or property, when TLC names it
 * @param message TLC's own words
 * @param location where in the spec it happened (the innermost expression TLC was evaluating, or the
 *                 assumption), when known
 * @param trace the behaviour up to the violation
 */
public record Violation(Verdict kind, Optional<String> property, String message, Optional<SourceLocation> location,
                        Optional<Trace> trace) {
    public Violation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(trace, "trace");
    }

    public Violation withTrace(Trace t) {
        return new Violation(kind, property, message, location, Optional.of(t));
    }

    public Violation withLocation(SourceLocation l) {
        return new Violation(kind, property, message, Optional.of(l), trace);
    }

    public Violation withProperty(String p) {
        return new Violation(kind, Optional.of(p), message, location, trace);
    }
}
