package dev.invar.assistant.vetting;

import dev.invar.assistant.Candidate;
import dev.invar.tlc.TlaValue;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A candidate with the evidence vetting found. Only {@link Status#ACCEPTED} candidates are insights;
 * every other status says why not.
 *
 * @param checks the checks it passed, in order ("parses", "holds on N reachable states", …)
 * @param refutedBy a reachable state where it is false, when it is
 * @param mutantsKilled how many of {@code mutants} mutants of the spec it catches (0 of 0 when none were made)
 * @param mutantsByKind the same, per kind of mutant, for the kinds that had a mutant to run
 */
public record VettedCandidate(Candidate candidate, Status status, String reason, List<String> checks,
                              Optional<Map<String, TlaValue>> refutedBy, int mutantsKilled, int mutants,
                              List<MutantKills> mutantsByKind) {

    /** The outcome of vetting, best first. */
    public enum Status {
        /** Holds on every reachable state, says more than TypeOK, not vacuous, not implied by another. */
        ACCEPTED,
        /** Holds and says something, but no mutant of the spec violates it: it may not be about the protocol. */
        KILLS_NO_MUTANT,
        /** Holds, but is implied (on the states TypeOK allows) by a stronger accepted candidate. */
        REDUNDANT,
        /** Holds, but only because its premise is never reachable. */
        VACUOUS,
        /** Holds on every state TypeOK allows: a fact about types, not about the protocol. */
        TYPE_LEVEL,
        /** False on some reachable state. */
        REFUTED,
        /** Could not be checked: does not parse, names what the spec does not define, errors when evaluated. */
        REJECTED
    }

    public VettedCandidate {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reason, "reason");
        checks = List.copyOf(checks);
        Objects.requireNonNull(refutedBy, "refutedBy");
        mutantsByKind = List.copyOf(mutantsByKind);
    }

    public VettedCandidate(Candidate candidate, Status status, String reason, List<String> checks,
                           Optional<Map<String, TlaValue>> refutedBy) {
        this(candidate, status, reason, checks, refutedBy, 0, 0, List.of());
    }
}
