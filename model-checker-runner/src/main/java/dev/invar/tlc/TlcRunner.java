package dev.invar.tlc;

import java.util.List;

/**
 * Runs TLC: one child JVM per run, killed with everything it started on timeout or cancellation.
 * Outcomes of the check, good or bad, are results; exceptions mean the request could not be run.
 */
public interface TlcRunner {

    static TlcRunner create(RunnerOptions options) {
        return new DefaultTlcRunner(options);
    }

    /**
     * Runs one check and blocks until it ends. Interrupting the calling thread cancels the run.
     *
     * @param listener receives events while TLC runs (progress, violations), from reader threads
     * @throws InvalidRequestException if a named file is missing or unreadable
     * @throws TlcException if the child JVM cannot be started
     */
    CheckResult check(CheckRequest request, TlcListener listener);

    default CheckResult check(CheckRequest request) {
        return check(request, TlcListener.NONE);
    }

    /**
     * Decides many state predicates over the reachable states of the request's model in one TLC run
     * (the spec is loaded once), instead of one run per predicate. The request's constants apply; its
     * init and next overrides, when given, replace the spec's (e.g. TypeOK and UNCHANGED vars, to
     * evaluate over every type-correct state).
     */
    PredicateEvaluation evaluate(CheckRequest request, List<String> predicates);

    /**
     * Takes one inductive step over every state of the query's domain that satisfies its invariant, in one
     * TLC run with the request's constants: the steps of Next that leave the invariant, and for each the
     * query's candidate lemmas that would rule its first state out.
     */
    InductionProbe probeInduction(CheckRequest request, InductionQuery query);

    /**
     * Collects, in one pass over the model's reachable states, the distinct elements of a set-valued
     * expression's values (with the request's constants, init and next).
     *
     * @param definitions Boolean operators the expression uses ({@code Op(args) == body}), one line each, so that an
     *                    error names one; when the error lies in an operator of the spec that one of them uses, TLC names
     *                    no line, and the one is found by halving, with the others made TRUE in each run
     */
    default StateFeatures collect(CheckRequest request, List<String> definitions, String expression) {
        return collect(request, definitions, expression, List.of());
    }

    /**
     * As {@link #collect(CheckRequest, List, String)}, checking in the same pass that every reachable state
     * satisfies {@code invariants} (expressions): a state that does not ends the run with a safety violation
     * of {@code InvarHolds_i}, i the invariant's index, and its trace.
     */
    default StateFeatures collect(CheckRequest request, List<String> definitions, String expression, List<String> invariants) {
        return collect(request, definitions, expression, invariants, false);
    }

    /**
     * As {@link #collect(CheckRequest, List, String, List)}; with {@code upToSymmetry}, for an expression whose
     * value is the same in every state that permuting interchangeable model values turns into one another
     * (one that quantifies over those sets and never names one of their elements), over one state per such
     * orbit when the model allows it (see {@code SymmetricSets}): the same distinct elements, in fewer states.
     */
    StateFeatures collect(CheckRequest request, List<String> definitions, String expression, List<String> invariants,
                          boolean upToSymmetry);

    /**
     * Evaluates constant expressions (e.g. {@code Cardinality([Node -> BOOLEAN])}) under the request's
     * constants, in one TLC run. An expression TLC cannot evaluate, and every one after it, is empty.
     */
    List<java.util.Optional<TlaValue>> evaluateConstants(CheckRequest request, List<String> expressions);

    TlaTools tools();
}
