package dev.invar.assistant.prove;

import java.util.List;

/**
 * Proposes lemmas that would rule out counterexamples to induction the grammar cannot: a language model,
 * given the spec and the states to rule out. What it proposes is untrusted and is checked like any
 * candidate: it must hold on every reachable state and be false in a counterexample's first state.
 */
@FunctionalInterface
public interface LemmaSource {
    /**
     * @param invariant the invariant so far, which the states satisfy
     * @param counterexamples the counterexamples to induction left, first states to rule out
     * @return candidate lemmas as TLA+ state predicates
     */
    List<String> propose(String invariant, List<InductionResult.Cti> counterexamples);

    /** How reports name who proposed a lemma, e.g. {@code openai:gpt-4o}. */
    default String name() {
        return "a lemma source";
    }
}
