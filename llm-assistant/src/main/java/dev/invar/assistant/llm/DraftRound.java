package dev.invar.assistant.llm;

import dev.invar.assistant.Candidate;
import dev.invar.assistant.RefusedDraft;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One round of asking the model: the drafts that may go on to vetting, those refused on sight, what the
 * round cost, and, when the round ended early or empty-handed, why (budget spent, time limit, a reply
 * that was not the JSON asked for). Running out of budget is an outcome, not an error.
 *
 * @param candidates cleaned drafts, at most the budget's number
 * @param refused drafts dropped before any checker saw them, each with its reason
 * @param usage this round's cost
 * @param shortfall why the round gave less than a full answer, if it did
 */
public record DraftRound(List<Candidate> candidates, List<RefusedDraft> refused, LlmUsage usage,
                         Optional<String> shortfall) {
    public DraftRound {
        candidates = List.copyOf(candidates);
        refused = List.copyOf(refused);
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(shortfall, "shortfall");
    }

    static DraftRound cutShort(String why, LlmUsage usage) {
        return new DraftRound(List.of(), List.of(), usage, Optional.of(why));
    }
}
