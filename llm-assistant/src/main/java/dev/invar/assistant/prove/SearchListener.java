package dev.invar.assistant.prove;

import java.time.Duration;
import java.util.Optional;

/** Hears how a proof search goes, one round at a time: a search of the large protocols takes minutes. */
@FunctionalInterface
public interface SearchListener {
    SearchListener NONE = round -> {
    };

    void round(Round round);

    /**
     * No candidate ruled out what was left, so the candidates are now the grammar's clauses of up to {@code literals}
     * literals: {@code candidates} of them.
     */
    default void widened(int literals, int candidates) {
    }

    /**
     * No candidate ruled out what was left, and the clauses of the most literals were too many to grow from every
     * tuple: they are grown again from the literals the counterexamples left make false, {@code candidates} of them.
     */
    default void regrown(int candidates) {
    }

    /**
     * One round of a search.
     *
     * @param number the round, from 1
     * @param counterexamples the distinct first states of counterexamples to induction the round's check found
     * @param added lemmas chosen this round
     * @param dropped lemmas taken back this round
     * @param lemmas lemmas the invariant has after the round
     * @param states how many states of the invariant the check looked at
     * @param took the round's wall time
     * @param walks the wall time of the random walks the check took after its sample, when it took any
     */
    record Round(int number, int counterexamples, int added, int dropped, int lemmas, long states, Duration took,
                 Optional<Duration> walks) {
    }
}
