package dev.invar.assistant.explain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One state of a counterexample as a step: the action that led to it and what it changed.
 *
 * @param number the state's number, as TLC prints it (1 is the initial state)
 * @param action {@code Initial predicate}, {@code Stuttering} or the action's name
 * @param changes the variables whose value differs from the previous state (all of them for the first)
 */
public record Step(int number, String action, List<Change> changes) {
    public Step {
        Objects.requireNonNull(action, "action");
        changes = List.copyOf(changes);
    }

    /**
     * A variable's value before and after the step, in TLA+ as TLC prints it.
     *
     * @param before empty in the initial state
     * @param delta for a set, what it gained and lost ({@code gains {m1}, loses {m2}}), the part a reader wants
     */
    public record Change(String variable, Optional<String> before, String after, Optional<String> delta) {
        public Change {
            Objects.requireNonNull(variable, "variable");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(delta, "delta");
        }
    }
}
