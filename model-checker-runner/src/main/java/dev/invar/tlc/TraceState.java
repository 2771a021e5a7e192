package dev.invar.tlc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One state of a trace: its number (1-based, as TLC prints it), how it was reached and every
 * variable's value in TLC's order.
 *
 * @param action the action that led here: {@code "Initial predicate"} for the first state,
 *               {@code "Stuttering"} for a stuttering step, else the action's name
 * @param location where that action is defined, when TLC says
 */
public record TraceState(int number, String action, Optional<SourceLocation> location, Kind kind,
                         Map<String, TlaValue> variables) {

    /** How the state was reached. */
    public enum Kind { INITIAL, ACTION, STUTTERING }

    public TraceState {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    public boolean isStuttering() {
        return kind == Kind.STUTTERING;
    }

    public boolean isInitial() {
        return kind == Kind.INITIAL;
    }
}
