package dev.invar.assistant.vetting;

import java.util.List;

/**
 * Every candidate's fate, accepted ones first, and what the claims rest on.
 *
 * @param model what "holds" is relative to: the constants and the number of states explored
 * @param exhaustive whether every reachable state was visited
 * @param tlcRuns how many TLC runs vetting took in all
 */
public record VettingReport(List<VettedCandidate> candidates, String model, boolean exhaustive, long reachableStates,
                            int tlcRuns) {
    public VettingReport {
        candidates = List.copyOf(candidates);
    }

    public List<VettedCandidate> accepted() {
        return candidates.stream().filter(c -> c.status() == VettedCandidate.Status.ACCEPTED).toList();
    }
}
