package dev.invar.tutorial.judge;

import dev.invar.tlc.CheckResult;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a judge checked about the learner's answer, with what TLC showed.
 *
 * @param name what was checked, e.g. "holds on the correct protocol"
 * @param detail why it is met or not, with the exact model (constants, states)
 * @param evidence the TLC run behind a failure, with its counterexample when there is one
 */
public record Criterion(String name, Status status, String detail, Optional<CheckResult> evidence) {
    /** Undecided is not a failure: the check could not be made on this model (e.g. a state space too large). */
    public enum Status { MET, FAILED, UNDECIDED }

    public Criterion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(evidence, "evidence");
    }

    public static Criterion met(String name, String detail) {
        return new Criterion(name, Status.MET, detail, Optional.empty());
    }

    public static Criterion failed(String name, String detail, CheckResult evidence) {
        return new Criterion(name, Status.FAILED, detail, Optional.of(evidence));
    }

    public static Criterion failed(String name, String detail) {
        return new Criterion(name, Status.FAILED, detail, Optional.empty());
    }

    public static Criterion undecided(String name, String detail) {
        return new Criterion(name, Status.UNDECIDED, detail, Optional.empty());
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
