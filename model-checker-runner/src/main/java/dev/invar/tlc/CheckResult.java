package dev.invar.tlc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one TLC run established. The verdict is {@link Verdict#SUCCESS} only when TLC finished
 * normally, said so, exited 0 and reported no violation or error: there is no false green.
 *
 * @param violations findings in the order TLC reported them (more than one only with {@code -continue})
 * @param diagnostics errors that kept TLC from checking (parse, config, crash)
 */
public record CheckResult(Verdict verdict, List<Violation> violations, List<Diagnostic> diagnostics, Stats stats,
                          RunInfo run) {
    public CheckResult {
        Objects.requireNonNull(verdict, "verdict");
        violations = List.copyOf(violations);
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(stats, "stats");
        Objects.requireNonNull(run, "run");
        if (verdict.isSuccess() && !(violations.isEmpty() && diagnostics.isEmpty())) {
            throw new IllegalArgumentException("a successful result cannot carry violations or errors");
        }
    }

    public static CheckResult passed(Stats stats, RunInfo run) {
        return new CheckResult(Verdict.SUCCESS, List.of(), List.of(), stats, run);
    }

    public static CheckResult violated(List<Violation> violations, Stats stats, RunInfo run) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a violated result needs a violation");
        }
        return new CheckResult(violations.get(0).kind(), violations, List.of(), stats, run);
    }

    public static CheckResult failed(Verdict verdict, List<Diagnostic> diagnostics, Stats stats, RunInfo run) {
        return new CheckResult(verdict, List.of(), diagnostics, stats, run);
    }

    /** A run that was stopped at its time limit, with whatever it had learnt by then. */
    public static CheckResult timedOut(List<Violation> partial, Stats stats, RunInfo run) {
        return new CheckResult(Verdict.TIMED_OUT, partial, List.of(), stats, run);
    }

    public boolean passed() {
        return verdict.isSuccess();
    }

    /** The first finding, if any. */
    public Optional<Violation> violation() {
        return violations.stream().findFirst();
    }

    /** The trace of the first finding, if TLC printed one. */
    public Optional<Trace> trace() {
        return violation().flatMap(Violation::trace);
    }
}
