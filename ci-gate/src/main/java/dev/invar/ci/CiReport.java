package dev.invar.ci;

import java.time.Duration;
import java.util.List;

/** Every selected model's outcome, in project order, and how many models the selection left out. */
public record CiReport(List<ModelOutcome> outcomes, int notSelected, Duration wallTime) {
    public CiReport {
        outcomes = List.copyOf(outcomes);
    }

    /** True only when every selected model was checked (or its unchanged result reused) and passed. */
    public boolean passed() {
        return outcomes.stream().allMatch(ModelOutcome::passed);
    }

    public long count(ModelOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }
}
