package dev.invar.assistant.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured account of a counterexample, decided mechanically: the steps, and which conjuncts of the
 * violated property are false in its last state.
 *
 * @param definition the violated property's definition, when it was found in the spec
 * @param conjuncts each top-level conjunct of the definition with its value in the last state; empty when
 *                  that could not be decided (see {@code undecidedBecause})
 * @param undecidedBecause why the conjuncts were not evaluated, if they were not
 */
public record Summary(Counterexample counterexample, List<Step> steps, Optional<String> definition,
                      List<ConjunctVerdict> conjuncts, Optional<String> undecidedBecause) {
    public Summary {
        Objects.requireNonNull(counterexample, "counterexample");
        steps = List.copyOf(steps);
        Objects.requireNonNull(definition, "definition");
        conjuncts = List.copyOf(conjuncts);
        Objects.requireNonNull(undecidedBecause, "undecidedBecause");
    }

    /** The conjuncts that are false in the last state: what went wrong. */
    public List<ConjunctVerdict> failed() {
        return conjuncts.stream().filter(c -> c.truth() == ConjunctVerdict.Truth.FALSE).toList();
    }
}
