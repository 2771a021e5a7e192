package dev.invar.assistant.vetting;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.PredicateEvaluation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every state TypeOK allows, as a model to evaluate predicates over: TypeOK is the initial predicate and
 * the next-state relation changes nothing. A predicate that holds on all of these states says nothing
 * TypeOK does not already say: it is a fact about types, not about the protocol.
 */
public final class TypeSpace {
    /** Beyond this the space is deemed too large to enumerate, and implication by TypeOK is left undecided. */
    public static final Duration LIMIT = Duration.ofSeconds(20);

    private TypeSpace() {
    }

    /**
     * @param model the model whose constants (from its config and overrides) bound the types
     * @param variables the spec's variables, all left unchanged by the next-state relation
     */
    public static CheckRequest of(CheckRequest model, List<String> variables) {
        return model.toBuilder().timeout(LIMIT)
                .overrides(new ModelOverrides(model.overrides().constants(), List.of(), List.of(), Optional.of("TypeOK"),
                        Optional.of("UNCHANGED <<" + String.join(", ", variables) + ">>"), Optional.empty(), Optional.of(false)))
                .build();
    }

    /** Whether the evaluation over the type space shows that TypeOK alone implies predicate {@code index}. */
    public static boolean impliedByTypeOK(PredicateEvaluation overTypeSpace, int index) {
        return overTypeSpace.exhaustive() && overTypeSpace.verdicts().get(index).holds();
    }
}
