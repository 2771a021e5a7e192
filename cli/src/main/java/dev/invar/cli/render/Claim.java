package dev.invar.cli.render;

import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Mode;
import dev.invar.tlc.Stats;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.Verdict;
import dev.invar.tlc.Violation;
import java.util.stream.Collectors;

/**
 * The one sentence a result supports, and no more: a finite model check is "no violation in this
 * model" with its constants, a simulation found nothing in so many behaviours, a timeout is no verdict.
 */
public final class Claim {
    private Claim() {
    }

    public static String of(CheckResult result) {
        Stats s = result.stats();
        return switch (result.verdict()) {
            case SUCCESS -> result.run().mode() == Mode.SIMULATE
                    ? "No violation in " + Numbers.count(s.generated()) + " states of random behaviours"
                            + s.seed().stream().mapToObj(seed -> " (seed " + seed + ")").collect(Collectors.joining())
                            + ". Simulation finds bugs; it does not show their absence."
                    : "No violation in this model" + constants(result) + ": exhaustive search of "
                            + Numbers.count(s.distinct()) + " distinct states (" + Numbers.count(s.generated())
                            + " generated, depth " + s.depth() + "). Other constants are not covered.";
            case TIMED_OUT -> "Timed out after " + Numbers.duration(s.duration()) + ": no verdict"
                    + (s.distinct() > 0 ? " (" + Numbers.count(s.distinct()) + " distinct states explored so far)" : "") + ".";
            case CANCELLED -> "Cancelled: no verdict.";
            default -> result.violation().map(Claim::finding)
                    .orElseGet(() -> result.diagnostics().isEmpty() ? describe(result.verdict())
                            : describe(result.verdict()) + ": " + result.diagnostics().get(0).oneLine());
        };
    }

    private static String finding(Violation v) {
        String what = switch (v.kind()) {
            case SAFETY_VIOLATION -> (v.message().startsWith("Action property") ? "Action property " : "Invariant ")
                    + v.property().orElse("") + " is violated";
            case LIVENESS_VIOLATION -> v.property().map(p -> "Temporal property " + p + " is violated")
                    .orElse("A temporal property is violated");
            case DEADLOCK -> "Deadlock: a reachable state has no successor";
            case ASSUMPTION_FAILURE -> "An ASSUME is false for these constants";
            case ASSERT_FAILURE -> "An Assert failed";
            default -> describe(v.kind());
        };
        return v.trace().map(t -> what + " (" + (v.kind().isViolation() ? "counterexample" : "behaviour up to the error")
                + " of " + t.length() + (t.length() == 1 ? " state" : " states") + ").").orElse(what + ".");
    }

    static String describe(Verdict verdict) {
        return switch (verdict) {
            case SUCCESS -> "Success";
            case SAFETY_VIOLATION -> "Safety violation";
            case LIVENESS_VIOLATION -> "Liveness violation";
            case DEADLOCK -> "Deadlock";
            case ASSUMPTION_FAILURE -> "Assumption failure";
            case ASSERT_FAILURE -> "Assert failure";
            case EVALUATION_ERROR -> "Evaluation error";
            case PARSE_ERROR -> "Parse error";
            case CONFIG_ERROR -> "Config error";
            case OUT_OF_MEMORY -> "Out of memory";
            case TIMED_OUT -> "Timed out";
            case CANCELLED -> "Cancelled";
            case CRASHED -> "TLC crashed";
        };
    }

    private static String constants(CheckResult result) {
        String constants = result.run().model().map(TlcConfig::constantsText).orElse("");
        return constants.isEmpty() ? "" : " (" + constants + ")";
    }
}
