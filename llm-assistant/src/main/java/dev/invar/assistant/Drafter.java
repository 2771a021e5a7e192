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

    /**
     * The round's candidates with what the drafter refused on sight and why; a drafter that refuses
     * nothing need not override this.
     */
    default Drafts propose(SpecContext context, DraftBudget budget) {
        return Drafts.of(draft(context, budget));
    }
}
