package dev.invar.assistant;

import java.util.List;

/**
 * Proposes candidate invariants for a spec. Whatever it returns is untrusted input: it is parsed,
 * resolved against the spec and checked by TLC before anything is shown as more than a guess.
 */
public interface Drafter {

    /** A short name for reports: {@code builtin}, or {@code provider:model} for an LLM. */
    String name();

    /** Candidates for this context; later rounds see the refuted drafts of earlier ones in the context. */
    List<Candidate> draft(SpecContext context, DraftBudget budget);
}
