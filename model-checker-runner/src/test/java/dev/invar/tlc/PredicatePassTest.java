package dev.invar.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Many predicates, one pass of real TLC over the reachable states of Lock (a lock server, 20 states). */
class PredicatePassTest {
    private static final TlcRunner RUNNER = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));
    private static final CheckRequest LOCK = CheckRequest.builder(Path.of("src/test/resources/models/Lock.tla"))
            .workers(1).heapMegabytes(256).build();

    @Test
    void decidesEveryPredicateInOnePass() {
        PredicateEvaluation e = RUNNER.evaluate(LOCK, List.of(
                "MutualExclusion",
                "holder = {}",
                "Cardinality(holder) <= 1",
                "\\A p \\in Procs : pc[p] = \"critical\" => holder = {p}",
                "\\E p \\in Procs : pc[p] = \"waiting\""));
        assertTrue(e.exhaustive());
        assertEquals(1, e.tlcRuns());
        assertEquals(20, e.run().stats().distinct());
        List<PredicateVerdict> v = e.verdicts();
        assertTrue(v.get(0).holds());
        assertFalse(v.get(1).holds());
        assertTrue(v.get(1).everTrue());
        Map<String, TlaValue> refuting = v.get(1).refutedBy().orElseThrow();
        assertEquals(List.of("pc", "holder"), List.copyOf(refuting.keySet()));
        assertFalse(((TlaValue.SetValue) refuting.get("holder")).elements().isEmpty());
        assertTrue(v.get(2).holds());
        assertTrue(v.get(3).holds());
        assertFalse(v.get(4).holds(), "false in the initial state");
        assertTrue(v.get(4).everTrue());
    }

    @Test
    void aDraftThatDoesNotParseOrEvaluateIsSetAsideAndTheRestStillDecided() {
        // "holder = (" ends too early: SANY stops only at the next definition, which names the line after it.
        PredicateEvaluation e = RUNNER.evaluate(LOCK, List.of("MutualExclusion", "holder = = {}", "pc[\"nobody\"] = \"idle\"",
                "NoSuchOperator > 1", "HolderIsCritical", "holder = ("));
        List<PredicateVerdict> v = e.verdicts();
        assertTrue(v.get(0).holds(), v.get(0).toString());
        assertTrue(v.get(1).rejected().orElseThrow().startsWith("parse-error"), v.get(1).toString());
        assertTrue(v.get(2).rejected().orElseThrow().startsWith("evaluation-error"), v.get(2).toString());
        assertTrue(v.get(3).rejected().isPresent(), v.get(3).toString());
        assertTrue(v.get(4).holds(), v.get(4).toString());
        assertEquals(Optional.empty(), v.get(4).rejected());
        assertTrue(v.get(5).rejected().orElseThrow().startsWith("parse-error (it ends too early): "), v.get(5).toString());
        // Where TLC places the error in the draft, by its column in the draft, not in the module the pass generates.
        assertTrue(v.get(3).rejected().orElseThrow().startsWith("parse-error at column 1: Unknown operator"), v.get(3).toString());
        assertTrue(v.get(2).rejected().orElseThrow().startsWith("evaluation-error at column 1: "), v.get(2).toString());
        assertFalse(v.get(2).rejected().orElseThrow().contains("InvarEval"), v.get(2).toString());
        assertTrue(e.exhaustive());
    }

    @Test
    void aDraftThatBreaksInsideASpecOperatorIsFoundAndTheRestStillDecided() {
        // Top is undefined on the empty stack, and TLC then names no line of the pass: the draft is found by halving.
        CheckRequest stack = CheckRequest.builder(Path.of("src/test/resources/models/Stack.tla")).workers(1).heapMegabytes(256).build();
        PredicateEvaluation e = RUNNER.evaluate(stack, List.of("Len(s) <= 2", "s # <<>> => Top = 1", "Len(s) = 1",
                "Top = 1", "\\A i \\in DOMAIN s : s[i] = 1"));
        List<PredicateVerdict> v = e.verdicts();
        assertTrue(v.get(0).holds(), v.get(0).toString());
        assertTrue(v.get(1).holds(), v.get(1).toString());
        assertFalse(v.get(2).holds(), v.get(2).toString());
        assertEquals(Optional.empty(), v.get(2).rejected());
        assertTrue(v.get(3).rejected().orElseThrow().startsWith("evaluation-error: Attempted to apply"), v.get(3).toString());
        assertTrue(v.get(4).holds(), v.get(4).toString());
        assertTrue(e.exhaustive());
    }

    @Test
    void aModelThatCannotBeExploredRejectsEveryDraftWithoutHalving() {
        CheckRequest broken = CheckRequest.builder(Path.of("src/test/resources/models/EvalError.tla")).workers(1).heapMegabytes(256).build();
        PredicateEvaluation e = RUNNER.evaluate(broken, List.of("x # <<>>", "TRUE"));
        assertTrue(e.verdicts().stream().allMatch(v -> v.rejected().orElseThrow().startsWith("the model could not be explored")),
                e.verdicts().toString());
        assertEquals(2, e.tlcRuns(), "the pass, and one without predicates");
    }
}
