package dev.invar.assistant;

import java.util.Objects;

/**
 * A draft dropped before any checker saw it, with the reason, so reports can say what was refused and why.
 *
 * @param draft the draft as the drafter proposed it (its expression untouched)
 * @param reason why it was refused, in a sentence a user can read
 */
public record RefusedDraft(Candidate draft, String reason) {
    public RefusedDraft {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(reason, "reason");
    }
}
