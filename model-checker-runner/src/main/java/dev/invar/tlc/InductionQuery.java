package dev.invar.tlc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of an inductive check: from every state of {@code domain} that satisfies {@code invariant},
 * take every step of Next and report the steps that leave the invariant (counterexamples to induction),
 * and the states of the invariant that break {@code safety}.
 *
 * @param domain a state predicate TLC can enumerate, one {@code v \in S} per variable (S may be a
 *               {@code RandomSubset} of the type to sample it)
 * @param invariant the candidate inductive invariant, evaluated as a value on each domain state
 * @param safety what the invariant must imply, if it is to be checked
 * @param actions the disjuncts of Next, to say which one a counterexample took (may be empty)
 * @param definitions operator definitions the features use, one line each, so that an error names one
 * @param features an expression evaluated in the first state of each counterexample and reported
 *                 with it (e.g. the truth values of atomic predicates), if any
 * @param maxCounterexamples how many counterexamples to report at most (roughly, per TLC worker)
 * @param upToSymmetry whether one state per orbit of interchangeable model values may stand for its orbit, when the
 *                     model allows it (see {@code SymmetricSets}): for an invariant that quantifies over whole sets
 * @param depth how many steps to follow from a domain state while they stay in the invariant: 1 is the inductive step
 *              itself; more also looks at the states of the invariant that a sample's states lead to, each step of
 *              which is a step from a state of the invariant all the same
 * @param walks instead of every path from every domain state, random walks of {@code depth} steps from random ones
 *              (TLC's simulation), each step a step of Next or a detour that stays in the invariant, if given
 */
public record InductionQuery(String domain, String invariant, Optional<String> safety, List<String> actions,
                             List<String> definitions, Optional<String> features, int maxCounterexamples, boolean upToSymmetry,
                             int depth, Optional<Walks> walks) {
    /**
     * Random walks through the states of the invariant.
     *
     * @param detour an action that changes a state a little (one variable, say), over primed variables; its steps are
     *               taken only where they stay in the invariant, so a walk wanders off the reachable states without
     *               leaving the invariant, and every step of Next from where it goes is a step from a state of it
     * @param count how many walks
     */
    public record Walks(String detour, long count) {
        public Walks {
            Objects.requireNonNull(detour, "detour");
            if (count < 1) {
                throw new IllegalArgumentException("count must be positive");
            }
        }
    }

    public InductionQuery {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(invariant, "invariant");
        Objects.requireNonNull(safety, "safety");
        actions = List.copyOf(actions);
        definitions = List.copyOf(definitions);
        Objects.requireNonNull(features, "features");
        if (maxCounterexamples < 1 || depth < 1) {
            throw new IllegalArgumentException("maxCounterexamples and depth must be positive");
        }
        Objects.requireNonNull(walks, "walks");
    }

    /** A query that follows every path of up to {@code depth} steps from every state of the domain. */
    public InductionQuery(String domain, String invariant, Optional<String> safety, List<String> actions,
                          List<String> definitions, Optional<String> features, int maxCounterexamples, boolean upToSymmetry,
                          int depth) {
        this(domain, invariant, safety, actions, definitions, features, maxCounterexamples, upToSymmetry, depth, Optional.empty());
    }

    /** A query of one step from each state of the domain. */
    public InductionQuery(String domain, String invariant, Optional<String> safety, List<String> actions,
                          List<String> definitions, Optional<String> features, int maxCounterexamples, boolean upToSymmetry) {
        this(domain, invariant, safety, actions, definitions, features, maxCounterexamples, upToSymmetry, 1);
    }

    /** A query over every state of the domain, with no symmetry. */
    public InductionQuery(String domain, String invariant, Optional<String> safety, List<String> actions,
                          List<String> definitions, Optional<String> features, int maxCounterexamples) {
        this(domain, invariant, safety, actions, definitions, features, maxCounterexamples, false);
    }
}
