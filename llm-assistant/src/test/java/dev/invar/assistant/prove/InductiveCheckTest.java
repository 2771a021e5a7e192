package dev.invar.assistant.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    void aSampledCheckLooksAtASmallSampleFirstAndAtTheWholeOneOnlyWhenTheSmallOneShowsNothing() {
        InductiveCheck sampled = new InductiveCheck(RUNNER, CheckRequest.builder(LOCK).build(), "TypeOK", new InductionOptions(10, 80, 400));
        InductionResult weak = sampled.check("TypeOK /\\ MutualExclusion", Optional.empty());
        assertFalse(weak.counterexamples().isEmpty(), weak.claim());
        String ind = "TypeOK /\\ MutualExclusion /\\ \\A p \\in Procs : pc[p] = \"critical\" <=> p \\in holder";
        InductionResult strong = sampled.check(ind, Optional.of("MutualExclusion"));
        assertTrue(strong.inductive(), strong.claim());
        // The counterexamples come from the small sample, and the claim says how many states it held.
        assertTrue(weak.domainStates().multiply(BigInteger.valueOf(4)).compareTo(strong.domainStates()) <= 0,
                weak.domainStates() + " against " + strong.domainStates());
        assertTrue(weak.claim().contains("over " + weak.domainStates() + " sampled type-correct states"), weak.claim());
        assertTrue(strong.claim().contains("over " + strong.domainStates() + " sampled type-correct states"), strong.claim());
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
    void eachLemmaPrunesTheDomainRightAfterItsOwnVariablesUnlessTheOrderItWasWrittenInMustBeKept(@TempDir Path dir) throws IOException {
        InductiveCheck check = new InductiveCheck(RUNNER, CheckRequest.builder(guarded(dir)).build(), "TypeOK", InductionOptions.defaults());
        Map<String, String> sets = new java.util.LinkedHashMap<>(Map.of("x", "0..2"));
        sets.put("y", "0..1");
        String ind = "TypeOK /\\ (x + y < 3) /\\ (x # 2)";
        assertEquals("x \\in 0..2 /\\ ((x # 2)) = TRUE /\\ y \\in 0..1 /\\ ((x + y < 3)) = TRUE", check.pruned(ind, sets, false));
        assertEquals("x \\in 0..2 /\\ y \\in 0..1 /\\ ((x + y < 3)) = TRUE /\\ ((x # 2)) = TRUE", check.pruned(ind, sets, true));
    }

    @Test
    void aLemmaThatAnEarlierOneGuardsIsStillEvaluatedOnlyWhereThatOneHolds(@TempDir Path dir) throws IOException {
        InductiveCheck check = new InductiveCheck(RUNNER, CheckRequest.builder(guarded(dir)).build(), "TypeOK", InductionOptions.defaults());
        // Placed right after x, 10 \div x would be evaluated at x = 0, where the conjunct before it is false.
        InductionResult result = check.check("TypeOK /\\ (x # 0 /\\ y \\in 0..1) /\\ (10 \\div x > 0)", Optional.empty());
        assertTrue(result.inductive(), result.claim());
        assertTrue(result.claim().contains("over all 6 type-correct states (4 satisfy it)"), result.claim());
    }

    private static Path guarded(Path dir) throws IOException {
        Files.writeString(dir.resolve("Guarded.tla"), "---- MODULE Guarded ----\nEXTENDS Naturals\nVARIABLES x, y\n"
                + "TypeOK == x \\in 0..2 /\\ y \\in 0..1\nInit == x = 1 /\\ y = 0\nNext == x' = x /\\ y' = 1 - y\n====\n");
        Files.writeString(dir.resolve("Guarded.cfg"), "INIT Init\nNEXT Next\n");
        return dir.resolve("Guarded.tla");
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

    @Test
    void aSampledCheckAddsAMessageToAReachableStateEvenWhenItsPowersetIsTooLargeForTlcToCount(@TempDir Path dir) throws IOException {
        // 64 messages: TLC cannot count their powerset in an int, so it is counted by its base. The counterexample to
        // induction is a reachable state with one message more (one no step sends), and only the neighbourhood of
        // the reachable states has it: the sample is one state.
        Files.writeString(dir.resolve("Mailbox.tla"), """
                ---- MODULE Mailbox ----
                EXTENDS Naturals
                CONSTANT S
                Msg == [from : S, to : S, n : 0..3]
                VARIABLES sent, delivered
                TypeOK == /\\ sent \\subseteq Msg
                          /\\ delivered \\in 0..4
                Init == sent = {} /\\ delivered = 0
                Me == CHOOSE s \\in S : TRUE
                Send == \\E k \\in 0..2 : sent' = sent \\cup {[from |-> Me, to |-> Me, n |-> k]} /\\ UNCHANGED delivered
                Deliver == \\E m \\in sent : delivered' = m.n + 1 /\\ UNCHANGED sent
                Next == Send \\/ Deliver
                Safe == delivered < 4
                ====
                """);
        InductionResult result = safeSampledOnce(dir, "Mailbox", "CONSTANT S = {s1, s2, s3, s4}\n", 3);
        assertFalse(result.counterexamples().isEmpty(), result.claim());
        assertTrue(result.counterexamples().get(0).state().get("sent").toTla().contains("n |-> 3"), result.counterexamples().toString());
        // Found next to a reachable state, so no walk was taken.
        assertEquals(Optional.empty(), result.walks(), result.claim());
    }

    @Test
    void aSampledCheckWalksToACounterexampleTwoChangesAwayFromEveryReachableState(@TempDir Path dir) throws IOException {
        // The only reachable state is <<0, 0, 0>>; the counterexample to induction needs x and y both changed.
        Files.writeString(dir.resolve("Latch.tla"), """
                ---- MODULE Latch ----
                EXTENDS Naturals
                VARIABLES x, y, z
                TypeOK == x \\in 0..5 /\\ y \\in 0..5 /\\ z \\in 0..5
                Init == x = 0 /\\ y = 0 /\\ z = 0
                Next == z' = (IF x = 4 /\\ y = 5 THEN 1 ELSE z) /\\ UNCHANGED <<x, y>>
                Safe == z = 0
                ====
                """);
        InductionResult result = safeSampledOnce(dir, "Latch", "", 5);
        assertEquals(Optional.of(new InductionResult.Walks(400, 30)), result.walks(), result.claim());
        assertFalse(result.counterexamples().isEmpty(), result.claim());
        Map<String, TlaValue> state = result.counterexamples().get(0).state();
        assertEquals(List.of("4", "5"), List.of(state.get("x").toTla(), state.get("y").toTla()), result.claim());
    }

    /** Checks {@code TypeOK /\\ Safe} of the spec written in {@code dir}, over a sample of one type-correct state. */
    private static InductionResult safeSampledOnce(Path dir, String module, String constants, long seed) throws IOException {
        Files.writeString(dir.resolve(module + ".cfg"), constants + "INIT Init\nNEXT Next\nINVARIANT Safe\n");
        InductiveCheck sampled = new InductiveCheck(RUNNER, CheckRequest.builder(dir.resolve(module + ".tla")).seed(seed).build(), "TypeOK",
                new InductionOptions(10, 1, 400));
        InductionResult result = sampled.check("TypeOK /\\ Safe", Optional.empty());
        assertFalse(result.exhaustive(), result.claim());
        return result;
    }

    @Test
    void onlyANameOrAParenthesisedSetIsAPowersetsBase() {
        assertEquals(Optional.of("Msg"), TypeDomain.base("SUBSET Msg"));
        assertEquals(Optional.of("(Terms \\X Server)"), TypeDomain.base("SUBSET (Terms \\X Server)"));
        assertEquals(Optional.empty(), TypeDomain.base("SUBSET S \\cup T"));
        assertEquals(Optional.empty(), TypeDomain.base("[S -> SUBSET T]"));
    }
}
