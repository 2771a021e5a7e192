package dev.invar.assistant;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.Mode;
import dev.invar.tlc.TlcRunner;
import dev.invar.tlc.Trace;
import dev.invar.tlc.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One candidate checked as an invariant of the model by TLC's breadth-first search, for its shortest
 * counterexample: the one-pass evaluation says which reachable state refutes a candidate, this says how
 * the spec gets there. One TLC run per candidate, so callers use it for a handful, not for every draft.
 */
public final class CandidateCheck {
    /** A counterexample found later than this is not worth the wait in a drafting round. */
    public static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    private final TlcRunner runner;
    private final CheckRequest model;

    public CandidateCheck(TlcRunner runner, CheckRequest model) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * Checks the model with the candidate as one more invariant. Deadlock is not reported, so the only
     * safety violation to expect is the candidate's (or one of the model's own invariants, which the
     * caller can tell from {@link #counterexample}).
     */
    public CheckResult check(String expression) {
        ModelOverrides o = model.overrides();
        ModelOverrides withCandidate = new ModelOverrides(o.constants(), List.of(expression), List.of(), o.init(),
                o.next(), o.specification(), Optional.of(false));
        return runner.check(model.toBuilder().mode(Mode.MODEL_CHECK).continueAfterViolation(false)
                .timeout(model.timeout().filter(t -> t.compareTo(TIME_LIMIT) < 0).orElse(TIME_LIMIT))
                .overrides(withCandidate).build());
    }

    /** The shortest behaviour to a state that makes the candidate false, when the check found one. */
    public Optional<Trace> counterexample(String expression) {
        return counterexample(check(expression), expression);
    }

    /**
     * The result's counterexample when it refutes the candidate, not one of the model's own invariants
     * (TLC names an invariant given as an expression by its text).
     */
    public static Optional<Trace> counterexample(CheckResult result, String expression) {
        return result.violation()
                .filter(v -> v.kind() == Verdict.SAFETY_VIOLATION)
                .filter(v -> v.property().map(p -> p.strip().equals(expression.strip())).orElse(true))
                .flatMap(v -> v.trace());
    }
}
