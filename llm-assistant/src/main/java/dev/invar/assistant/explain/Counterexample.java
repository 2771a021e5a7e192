package dev.invar.assistant.explain;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Trace;
import dev.invar.tlc.Verdict;
import dev.invar.tlc.Violation;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding to explain: the behaviour TLC printed and what it violated.
 *
 * @param property the violated invariant or property, when TLC names it (an expression given on the command
 *                 line is named by its text)
 * @param message TLC's own words
 * @param model the model the behaviour comes from, when its files are still there: needed to decide which
 *              conjunct failed
 */
public record Counterexample(Verdict kind, Optional<String> property, String message, Trace trace,
                             Optional<CheckRequest> model) {
    public Counterexample {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(trace, "trace");
        Objects.requireNonNull(model, "model");
        if (trace.states().isEmpty()) {
            throw new IllegalArgumentException("a counterexample has at least one state");
        }
    }

    /** The first finding of a run that has a behaviour to show; empty for a pass or an error without one. */
    public static Optional<Counterexample> of(CheckResult result, CheckRequest model) {
        Optional<Violation> v = result.violation().filter(found -> found.trace().filter(t -> t.length() > 0).isPresent());
        return v.map(found -> new Counterexample(found.kind(), found.property(), found.message(), found.trace().get(),
                Optional.of(model)));
    }
}
