package dev.invar.assistant.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InductiveCheckTest {
    static final Path LOCK = Path.of("../model-checker-runner/src/test/resources/models/Lock.tla");
    static final TlcRunner RUNNER = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));

    private static InductiveCheck lock() {
        return new InductiveCheck(RUNNER, CheckRequest.builder(LOCK).build(), "TypeOK", InductionOptions.defaults());
    }

    @Test
    void safetyAloneIsNotInductiveAndTheCounterexampleSaysWhichStepLeavesIt() {
        InductionResult result = lock().check("TypeOK /\\ MutualExclusion", Optional.empty());
        assertFalse(result.inductive(), result.claim());
        assertTrue(result.exhaustive());
        assertEquals(BigInteger.valueOf(27 * 8), result.domainStates());
        InductionResult.Cti cti = result.counterexamples().get(0);
        assertTrue(cti.action().orElseThrow().contains("Acquire") || cti.action().orElseThrow().contains("Request"), cti.toString());
        assertTrue(result.claim().contains("is not inductive on instance Procs = {p1, p2, p3}"), result.claim());
    }

    @Test
    void aSampledCheckAlsoLooksNextToReachableStates() {
        // One sampled state is next to nothing; the counterexample (a process critical while the lock is free and
        // another waits) is one change away from a reachable state, and is found there.
        InductiveCheck sampled = new InductiveCheck(RUNNER, CheckRequest.builder(LOCK).build(), "TypeOK",
                new InductionOptions(10, 1, 400));
        InductionResult result = sampled.check("TypeOK /\\ MutualExclusion", Optional.empty());
        assertFalse(result.exhaustive());
        assertTrue(result.nearReachable() > 0, result.claim());
        assertFalse(result.counterexamples().isEmpty(), result.claim());
        // Without --seed, TLC draws one of its own, and the claim names it: it draws the same sample again.
        assertTrue(result.claim().matches(".*sampled type-correct states \\(seed -?\\d+\\) and the type-correct states one "
                + "change away from .*"), result.claim());
        // From each state of the invariant looked at, one more step is followed while it stays in the invariant.
        assertTrue(result.claim().contains(" reachable ones, and the states of it one step further ("), result.claim());
        String ind = "TypeOK /\\ MutualExclusion /\\ \\A p \\in Procs : pc[p] = \"critical\" <=> p \\in holder";
        InductionResult strengthened = sampled.check(ind, Optional.of("MutualExclusion"));
        assertTrue(strengthened.inductive(), strengthened.claim());
        assertTrue(strengthened.claim().startsWith("no counterexample to induction for " + ind), strengthened.claim());
    }

    @Test
    void theSameSeedDrawsTheSameSampleAndTheClaimSaysWhich() {
        CheckRequest seeded = CheckRequest.builder(LOCK).seed(11).workers(1).build();
        InductionOptions small = new InductionOptions(10, 40, 400);
        InductionResult first = new InductiveCheck(RUNNER, seeded, "TypeOK", small).check("TypeOK /\\ MutualExclusion", Optional.empty());
        InductionResult again = new InductiveCheck(RUNNER, seeded, "TypeOK", small).check("TypeOK /\\ MutualExclusion", Optional.empty());
        assertFalse(first.exhaustive());
        assertEquals(List.of(11L), first.seeds());
        assertTrue(first.claim().contains("sampled type-correct states (seed 11)"), first.claim());
        assertFalse(first.counterexamples().isEmpty(), first.claim());
        assertEquals(first.invariantStates(), again.invariantStates());
        assertEquals(first.counterexamples(), again.counterexamples());
    }

    @Test
    void aStrengthenedInvariantIsInductiveOnTheInstanceExhaustively() {
        String ind = "TypeOK /\\ MutualExclusion /\\ \\A p \\in Procs : pc[p] = \"critical\" <=> p \\in holder";
        InductionResult result = lock().check(ind, Optional.of("MutualExclusion"));
        assertTrue(result.inductive(), result.claim());
        assertTrue(result.claim().startsWith(ind + " is inductive on instance Procs = {p1, p2, p3}, exhaustively, over all 216"),
                result.claim());
    }

    @Test
    void anInvariantThatDoesNotImplySafetyIsCaught() {
        InductionResult result = lock().check("TypeOK /\\ HolderIsCritical", Optional.of("MutualExclusion"));
        assertFalse(result.unsafe().isEmpty(), result.claim());
    }

    @Test
    void aStepThatLeavesTheInvariantDoesNotMakeItsSuccessorAnUnsafeStateOfIt() {
        InductionResult result = lock().check("TypeOK /\\ MutualExclusion", Optional.of("MutualExclusion"));
        assertFalse(result.counterexamples().isEmpty(), result.claim());
        assertTrue(result.unsafe().isEmpty(), "a successor outside the invariant is not a state of it: " + result.unsafe());
        assertTrue(result.claim().contains("is not inductive"), result.claim());
    }

    @Test
    void anInvariantDefinedInAModuleThatExtendsTheSpecIsReadThroughExtends(@TempDir Path dir) throws IOException {
        Files.copy(LOCK, dir.resolve("Lock.tla"));
        Files.copy(LOCK.resolveSibling("Lock.cfg"), dir.resolve("LockInd.cfg"));
        Files.writeString(dir.resolve("LockInd.tla"), "---- MODULE LockInd ----\nEXTENDS Lock\n"
                + "IndInv == TypeOK /\\ MutualExclusion /\\ \\A p \\in Procs : pc[p] = \"critical\" <=> p \\in holder\n====\n");
        InductionResult result = new InductiveCheck(RUNNER, CheckRequest.builder(dir.resolve("LockInd.tla")).build(), "TypeOK",
                InductionOptions.defaults()).check("IndInv", Optional.of("MutualExclusion"));
        assertTrue(result.inductive(), result.claim());
        assertTrue(result.claim().startsWith("IndInv is inductive on instance Procs = {p1, p2, p3}, exhaustively, over all 216"),
                result.claim());
    }
}
