package dev.invar.assistant.prove;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.InductionProbe;
import dev.invar.tlc.InductionQuery;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.StateFeatures;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcListener;
import dev.invar.tlc.TlcRunner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A runner whose every TLC run ends by one deadline: a search's time limit bounds the search, not each of its runs.
 * A run's own timeout is kept when it comes sooner; past the deadline, a run is given {@link #LAST_GASP} and times
 * out, which the search reports as such. Without it, a spec whose constants TLC takes a minute to compute, with the
 * passes a grammar's set-aside predicates repeat, ran four times as long as its limit.
 */
final class DeadlineRunner implements TlcRunner {
    /** What a run is given once the deadline has passed: time to start and be stopped, not to look at anything. */
    static final Duration LAST_GASP = Duration.ofSeconds(1);

    private final TlcRunner runner;
    private final long deadline;

    /** @param within how long from now every run must have ended */
    DeadlineRunner(TlcRunner runner, Duration within) {
        this.runner = runner;
        this.deadline = System.nanoTime() + within.toNanos();
    }

    private CheckRequest bounded(CheckRequest request) {
        Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
        Duration limit = left.compareTo(LAST_GASP) < 0 ? LAST_GASP : left;
        if (request.timeout().filter(t -> t.compareTo(limit) <= 0).isPresent()) {
            return request;
        }
        return request.toBuilder().timeout(limit).build();
    }

    @Override
    public CheckResult check(CheckRequest request, TlcListener listener) {
        return runner.check(bounded(request), listener);
    }

    @Override
    public PredicateEvaluation evaluate(CheckRequest request, List<String> predicates) {
        return runner.evaluate(bounded(request), predicates);
    }

    @Override
    public InductionProbe probeInduction(CheckRequest request, InductionQuery query) {
        return runner.probeInduction(bounded(request), query);
    }

    @Override
    public StateFeatures collect(CheckRequest request, List<String> definitions, String expression, List<String> invariants,
                                 boolean upToSymmetry) {
        return runner.collect(bounded(request), definitions, expression, invariants, upToSymmetry);
    }

    @Override
    public List<Optional<TlaValue>> evaluateConstants(CheckRequest request, List<String> expressions) {
        return runner.evaluateConstants(bounded(request), expressions);
    }

    @Override
    public TlaTools tools() {
        return runner.tools();
    }
}
