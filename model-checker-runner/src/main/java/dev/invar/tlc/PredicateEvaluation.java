package dev.invar.tlc;

import java.util.List;
import java.util.Objects;

/**
 * Many state predicates decided in one pass over a model's reachable states (one TLC run that loads the
 * spec once). A predicate "holds" only relative to {@code run}: exhaustive when the run's verdict is
 * success in model-checking mode, for these constants only.
 *
 * @param run the TLC run that explored the states (its stats say how many)
 * @param tlcRuns how many TLC runs it took (more than one when a predicate had to be set aside)
 */
public record PredicateEvaluation(List<PredicateVerdict> verdicts, CheckResult run, int tlcRuns) {
    public PredicateEvaluation {
        verdicts = List.copyOf(verdicts);
        Objects.requireNonNull(run, "run");
    }

    /** True when every reachable state was visited, so "holds" means "holds in this model". */
    public boolean exhaustive() {
        return run.passed() && run.run().mode() == Mode.MODEL_CHECK;
    }
}
