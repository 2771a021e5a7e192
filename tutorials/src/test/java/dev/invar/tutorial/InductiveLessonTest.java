package dev.invar.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.Trace;
import dev.invar.tutorial.judge.Criterion;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 8: a lemma that rules out a counterexample to induction, then an inductive invariant for Consistent. */
class InductiveLessonTest {
    private static final String FILE = "Inductive.tla";
    private static final String STARTER_IND_INV = "IndInv ==\n    /\\ TypeOK\n    /\\ Consistent\n    /\\ AllPrepared";
    private static final String TWO_RMS = "instance RM = {r1, r2}, MaxTMCrashes = 1, exhaustively, over all 12,288 type-correct states";

    @Test
    void theReferenceLemmaRulesOutTheFirstCounterexample(@TempDir Path dir) {
        assertReferencePasses(dir, 1);
    }

    @Test
    void theReferenceInvariantIsInductiveOnTwoRMs(@TempDir Path dir) {
        Judgement j = assertReferencePasses(dir, 2);
        assertEquals(3, j.criteria().size(), Lessons.describe(j));
        String claim = Lessons.criterion(j, "is inductive").detail();
        assertTrue(claim.startsWith("IndInv is inductive on " + TWO_RMS), claim);
        assertFalse(claim.contains("proved"), claim);
    }

    @Test
    void theReferenceInvariantIsInductiveOnThreeRMs(@TempDir Path dir) {
        Judgement j = assertReferencePasses(dir, 3);
        String claim = Lessons.criterion(j, "is inductive").detail();
        assertTrue(claim.contains("RM = {r1, r2, r3}, MaxTMCrashes = 1, exhaustively, over all 196,608 type-correct states"), claim);
    }

    @Test
    void safetyAloneIsNotInductiveAndTheCounterexampleToInductionIsShown(@TempDir Path dir) {
        Judgement j = stepTwoWith(dir, "IndInv == TypeOK /\\ Consistent");
        assertEquals(Criterion.Status.MET, Lessons.criterion(j, "holds initially").status(), Lessons.describe(j));
        assertEquals(Criterion.Status.MET, Lessons.criterion(j, "implies Consistent").status(), Lessons.describe(j));
        Criterion inductive = Lessons.criterion(j, "is inductive");
        assertEquals(Criterion.Status.FAILED, inductive.status());
        assertTrue(inductive.detail().startsWith("IndInv is not inductive on instance RM = {r1, r2}, MaxTMCrashes = 1: "),
                inductive.detail());
        assertTrue(inductive.detail().contains("to induction, exhaustively, over all 12,288 type-correct states"), inductive.detail());
        Trace cti = inductive.counterexample().orElseThrow();
        assertEquals(2, cti.states().size(), "a state of IndInv and its successor");
        assertFalse(cti.states().get(1).action().isBlank(), "the step of Next is named");
        assertEquals(cti.states().get(0).variables().keySet(), cti.states().get(1).variables().keySet());
        assertTrue(cti.states().get(0).variables().containsKey("rmState"));
    }

    @Test
    void anInductiveInvariantThatSaysNothingAboutSafetyFailsTheSafetyCriterion(@TempDir Path dir) {
        Judgement j = stepTwoWith(dir, "IndInv == TypeOK");
        assertEquals(Criterion.Status.MET, Lessons.criterion(j, "holds initially").status(), Lessons.describe(j));
        Criterion inductive = Lessons.criterion(j, "is inductive");
        assertEquals(Criterion.Status.MET, inductive.status(), Lessons.describe(j));
        assertTrue(inductive.detail().startsWith("IndInv is inductive on " + TWO_RMS), inductive.detail());
        Criterion safe = Lessons.criterion(j, "implies Consistent");
        assertEquals(Criterion.Status.FAILED, safe.status());
        Trace unsafe = safe.counterexample().orElseThrow();
        assertEquals(1, unsafe.states().size());
        assertTrue(unsafe.states().get(0).variables().get("rmState").toTla().contains("\"committed\""), unsafe.toString());
        assertTrue(unsafe.states().get(0).variables().get("rmState").toTla().contains("\"aborted\""), unsafe.toString());
    }

    @Test
    void anInvariantFalseInAnInitialStateFailsTheFirstCriterionWithThatState(@TempDir Path dir) {
        Judgement j = stepTwoWith(dir, "IndInv == TypeOK /\\ Consistent /\\ tmState = \"committed\"");
        Criterion initially = Lessons.criterion(j, "holds initially");
        assertEquals(Criterion.Status.FAILED, initially.status(), Lessons.describe(j));
        Trace state = initially.counterexample().orElseThrow();
        assertEquals(1, state.states().size());
        assertEquals("\"init\"", state.states().get(0).variables().get("tmState").toTla(), state.toString());
    }

    /** Step 2 of lesson 8 with the learner's IndInv replaced, judged; it does not pass. */
    private static Judgement stepTwoWith(Path dir, String indInv) {
        Workspace w = Lessons.at(dir, 8, 2);
        Lessons.answer(w, Map.of(FILE, Lessons.edited(w, FILE, STARTER_IND_INV, indInv)));
        Judgement j = Lessons.TUTOR.check(w);
        assertFalse(j.passed(), Lessons.describe(j));
        return j;
    }

    private static Judgement assertReferencePasses(Path dir, int step) {
        Workspace w = Lessons.at(dir, 8, step);
        Lessons.solve(w);
        Judgement j = Lessons.TUTOR.check(w);
        assertTrue(j.passed(), Lessons.describe(j));
        assertTrue(j.criteria().stream().allMatch(c -> c.status() == Criterion.Status.MET), Lessons.describe(j));
        return j;
    }
}
