package dev.invar.assistant;

import java.util.Objects;

/**
 * A proposed invariant, not yet trusted: it is a guess until mechanical vetting has checked it.
 *
 * @param name a TLA+ identifier for the operator that will define it
 * @param expression the state predicate, in ASCII TLA+
 * @param kind what it claims, e.g. {@code safety}, {@code type}, {@code relational}, {@code lemma}
 * @param rationale why the drafter proposed it, in a sentence
 * @param drafter which drafter proposed it ({@code builtin}, {@code openai:gpt-4o}, …)
 */
public record Candidate(String name, String expression, String kind, String rationale, String drafter) {
    public Candidate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(drafter, "drafter");
    }
}
