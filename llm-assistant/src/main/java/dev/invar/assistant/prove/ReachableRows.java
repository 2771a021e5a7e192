package dev.invar.assistant.prove;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.StateFeatures;
import dev.invar.tlc.TlcRunner;
import java.util.List;

/**
 * A grammar's rows of truth values over the model's reachable states (see {@link PredicateGrammar#features()}),
 * collected in one TLC pass; a predicate TLC cannot evaluate in some reachable state (a function applied
 * outside its domain, say) is set aside and the pass runs again without it.
 *
 * @param grammar the grammar the rows are of: the one given, less what was set aside
 * @param features what the last pass saw; its failed definition is set only when no predicate was left to set aside
 * @param tlcRuns how many passes it took
 */
record ReachableRows(PredicateGrammar grammar, StateFeatures features, int tlcRuns) {

    /**
     * @param invariants checked in the same pass on every reachable state
     * @param upToSymmetry whether one state per orbit of interchangeable model values may stand for its orbit:
     *                     the rows of a grammar's lemmas, quantified over whole sets, are the same in each
     */
    static ReachableRows collect(TlcRunner runner, CheckRequest model, PredicateGrammar grammar, List<String> invariants,
                                 boolean upToSymmetry) {
        PredicateGrammar g = grammar;
        int runs = 0;
        while (true) {
            StateFeatures features = runner.collect(model, g.definitions(), g.features(), invariants, upToSymmetry);
            runs += features.tlcRuns();
            if (features.failedDefinition().isEmpty() || g.predicates().size() <= 1) {
                return new ReachableRows(g, features, runs);
            }
            g = g.without(features.failedDefinition().get());
        }
    }
}
