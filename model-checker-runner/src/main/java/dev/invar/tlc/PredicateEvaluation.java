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

    /**
     * Why the pass did not visit every reachable state, when it did not: TLC's message on one line, without the
     * sentence that names the pass's own invariant, which the user never wrote.
     */
    public java.util.Optional<String> failure() {
        if (exhaustive()) {
            return java.util.Optional.empty();
        }
        if (!run.diagnostics().isEmpty()) {
            return java.util.Optional.of(PredicatePass.plain(run.diagnostics().get(0).message()));
        }
        return java.util.Optional.of(run.violation().map(Violation::message).filter(m -> !m.isBlank()).map(PredicatePass::plain)
                .orElse("TLC stopped early (" + run.verdict().id() + ")"));
    }
}
