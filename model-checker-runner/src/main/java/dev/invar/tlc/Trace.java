package dev.invar.tlc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A behaviour TLC printed: a counterexample, an error trace or a simulation trace.
 *
 * @param loopsBackTo for a liveness counterexample that is a lasso, the number of the state the last
 *                    state steps back to; empty for a finite trace
 * @param loopAction the action that closes the lasso, when TLC names it
 */
public record Trace(List<TraceState> states, Optional<Integer> loopsBackTo, Optional<String> loopAction) {
    public Trace {
        states = List.copyOf(states);
        Objects.requireNonNull(loopsBackTo, "loopsBackTo");
        Objects.requireNonNull(loopAction, "loopAction");
    }

    public static Trace finite(List<TraceState> states) {
        return new Trace(states, Optional.empty(), Optional.empty());
    }

    public boolean isLasso() {
        return loopsBackTo.isPresent();
    }

    public int length() {
        return states.size();
    }
}
