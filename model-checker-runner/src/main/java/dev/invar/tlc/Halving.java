package dev.invar.tlc;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Which of several expressions broke a TLC run when TLC names none of them: the error lies in an operator of the spec
 * that the expression uses, and TLC then names no line of the generated module. Found by halving the suspects, a run
 * per half, after one run without any of them shows that the model itself does not fail.
 */
final class Halving {
    private Halving() {
    }

    /** How a run with some of the expressions ended. */
    record Outcome(boolean failed, boolean decided, Optional<Integer> culprit, boolean evaluationError) {
        /**
         * @param located the expression TLC names, as an index into the suspects, when it names one
         */
        static Outcome of(CheckResult result, Supplier<Optional<Integer>> located) {
            boolean decided = !result.verdict().equals(Verdict.TIMED_OUT) && !result.verdict().equals(Verdict.CANCELLED);
            boolean failed = decided && !result.passed();
            return new Outcome(failed, decided, failed ? located.get() : Optional.empty(),
                    result.verdict().equals(Verdict.EVALUATION_ERROR));
        }

        /** TLC could not evaluate something and named none of the expressions: one of them may still be the cause. */
        boolean unlocated() {
            return failed && culprit.isEmpty() && evaluationError;
        }
    }

    /**
     * @param suspects the expressions of a run that failed without naming one, as indices
     * @param runWith runs with only the given suspects (the others left out, or made harmless)
     * @return the one that fails; none when the run without any fails too, or a run cannot decide (it timed out)
     */
    static Optional<Integer> culprit(List<Integer> suspects, Function<List<Integer>, Outcome> runWith) {
        if (suspects.isEmpty()) {
            return Optional.empty();
        }
        Outcome none = runWith.apply(List.of());
        if (!none.decided() || none.failed()) {
            return Optional.empty();
        }
        List<Integer> left = suspects;
        while (left.size() > 1) {
            List<Integer> half = left.subList(0, left.size() / 2);
            Outcome run = runWith.apply(half);
            if (!run.decided()) {
                return Optional.empty();
            }
            if (run.culprit().isPresent()) {
                return run.culprit();
            }
            left = run.failed() ? half : left.subList(left.size() / 2, left.size());
        }
        return Optional.of(left.get(0));
    }
}
