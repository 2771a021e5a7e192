package dev.invar.tutorial.judge;

/**
 * How small the learner's state space may be: a fix that merely disables the buggy action, or a model
 * shrunk until nothing can go wrong, passes TLC while saying nothing. The answer must reach at least
 * {@code minShare} of the distinct states of the reference solution's model.
 *
 * @param referenceStates distinct states of the reference solution (the lesson tests hold it to this number)
 */
public record StateFloor(long referenceStates, double minShare) {
    public StateFloor {
        if (referenceStates <= 0 || minShare <= 0 || minShare > 1) {
            throw new IllegalArgumentException("a state floor needs referenceStates > 0 and 0 < minShare <= 1");
        }
    }

    /** The fewest distinct states an answer may have. */
    public long minimum() {
        return (long) Math.ceil(referenceStates * minShare);
    }

    /** @param why what a state space this small means for this kind of answer */
    Criterion judge(long distinct, String why) {
        String name = "the state space is not cut down";
        String numbers = String.format("%,d distinct states; the reference solution has %,d and an answer needs at least %,d",
                distinct, referenceStates, minimum());
        return distinct >= minimum() ? Criterion.met(name, numbers)
                : Criterion.failed(name, numbers + ": " + why);
    }
}
