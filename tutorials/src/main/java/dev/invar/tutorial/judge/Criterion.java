package dev.invar.tutorial.judge;

import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Trace;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a judge checked about the learner's answer, with what TLC showed.
 *
 * @param name what was checked, e.g. "holds on the correct protocol"
 * @param detail why it is met or not, with the exact model (constants, states)
 * @param evidence the TLC run behind a failure, with its counterexample when there is one
 * @param counterexample a counterexample that is not a behaviour of a TLC run (e.g. a counterexample to
 *                       induction: a state of the invariant and a step that leaves it), shown like one
 */
public record Criterion(String name, Status status, String detail, Optional<CheckResult> evidence,
                        Optional<Trace> counterexample) {
    /** Undecided is not a failure: the check could not be made on this model (e.g. a state space too large). */
    public enum Status { MET, FAILED, UNDECIDED }

    public Criterion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(counterexample, "counterexample");
    }

    public static Criterion met(String name, String detail) {
        return new Criterion(name, Status.MET, detail, Optional.empty(), Optional.empty());
    }

    public static Criterion failed(String name, String detail, CheckResult evidence) {
        return new Criterion(name, Status.FAILED, detail, Optional.of(evidence), Optional.empty());
    }

    public static Criterion failed(String name, String detail, Trace counterexample) {
        return new Criterion(name, Status.FAILED, detail, Optional.empty(), Optional.of(counterexample));
    }

    public static Criterion failed(String name, String detail) {
        return new Criterion(name, Status.FAILED, detail, Optional.empty(), Optional.empty());
    }

    public static Criterion undecided(String name, String detail) {
        return new Criterion(name, Status.UNDECIDED, detail, Optional.empty(), Optional.empty());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
