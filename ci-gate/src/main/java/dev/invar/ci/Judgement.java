package dev.invar.ci;

import java.util.Optional;

/** Compares what TLC found with what the model expects. Nothing unexpected is ever green. */
final class Judgement {
    private Judgement() {
    }

    /** The reason the outcome fails its expectation, or empty when it meets it. */
    static Optional<String> failure(CiModel model, String verdict, Optional<String> property, long distinct) {
        Expectation expect = model.expect();
        if (!verdict.equals(expect.verdict())) {
            return Optional.of("expected " + expect + ", got " + verdict + property.map(p -> " (" + p + ")").orElse(""));
        }
        if (expect.property().isPresent() && !expect.property().equals(property)) {
            return Optional.of("expected a violation of " + expect.property().get() + ", got one of "
                    + property.orElse("an unnamed property"));
        }
        if (verdict.equals("success") && !model.distinctStates().contains(distinct)) {
            String why = model.distinctStates().min().isPresent() && distinct < model.distinctStates().min().getAsLong()
                    ? " — below the floor: was the model hollowed out (an INVARIANT removed, a constant shrunk)?"
                    : " — above the ceiling: has the state space grown?";
            return Optional.of(distinct + " distinct states, expected " + model.distinctStates() + why);
        }
        return Optional.empty();
    }
}
