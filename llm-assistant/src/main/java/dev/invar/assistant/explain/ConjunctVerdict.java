package dev.invar.assistant.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What TLC says one top-level conjunct of the violated property is in the last state of the counterexample.
 *
 * @param conjunct the conjunct's text, as in the spec
 * @param falseFor for a conjunct {@code \A x \in S : …} over a constant set, the bindings that make it false
 *                 (e.g. {@code r1 = r2, r2 = r3}); empty otherwise
 * @param undecidedBecause why TLC could not evaluate it, when it could not
 */
public record ConjunctVerdict(String conjunct, Truth truth, List<String> falseFor, Optional<String> undecidedBecause) {
    /** The conjunct's value in the last state. */
    public enum Truth { FALSE, TRUE, UNDECIDED }

    public ConjunctVerdict {
        Objects.requireNonNull(conjunct, "conjunct");
        Objects.requireNonNull(truth, "truth");
        falseFor = List.copyOf(falseFor);
        Objects.requireNonNull(undecidedBecause, "undecidedBecause");
    }
}
