package dev.invar.assistant;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a drafter proposed in one round: the candidates that go on to vetting, the drafts it refused on
 * sight with the reason, and why the round came up short, if it did (a budget spent, a reply that was
 * not the JSON asked for).
 */
public record Drafts(List<Candidate> candidates, List<RefusedDraft> refused, Optional<String> shortfall) {
    public Drafts {
        candidates = List.copyOf(candidates);
        refused = List.copyOf(refused);
        Objects.requireNonNull(shortfall, "shortfall");
    }

    public static Drafts of(List<Candidate> candidates) {
        return new Drafts(candidates, List.of(), Optional.empty());
    }
}
