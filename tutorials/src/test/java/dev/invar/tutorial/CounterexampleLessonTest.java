package dev.invar.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.Verdict;
import dev.invar.tutorial.judge.Criterion;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 2: fixing the early-commit bug of two-phase commit. */
class CounterexampleLessonTest {
    private static final String FILE = "TwoPhase_EarlyCommit.tla";

    @Test
    void referenceFixPassesWithTheWholeStateSpace(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 2, 1);
        Lessons.solve(w);
        Judgement j = Lessons.TUTOR.check(w);
        assertTrue(j.passed(), Lessons.describe(j));
        assertTrue(Lessons.criterion(j, "not cut down").detail().startsWith("683 distinct states; the reference solution has 683"));
    }

    @Test
    void theBugItselfFailsWithItsCounterexample(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 2, 1);
        Judgement j = Lessons.TUTOR.check(w);
        Criterion passes = Lessons.criterion(j, "the model passes");
        assertEquals(Criterion.Status.FAILED, passes.status());
        assertTrue(passes.detail().contains("safety-violation of Consistent"), passes.detail());
        assertEquals(Verdict.SAFETY_VIOLATION, passes.evidence().orElseThrow().verdict());
        assertEquals(6, passes.evidence().orElseThrow().trace().orElseThrow().states().size());
        assertEquals(1, j.criteria().size(), "no state-space verdict for a model that fails");
    }

    @Test
    void blockingTheActionIsNotAFix(@TempDir Path dir) {
        // The TM then only aborts: 651 states, all safe, against 683 for the real fix.
        Workspace w = Lessons.at(dir, 2, 1);
        Lessons.answer(w, Map.of(FILE, Lessons.edited(w, FILE, "    /\\ tmPrepared # {}", "    /\\ FALSE")));
        Judgement j = Lessons.TUTOR.check(w);
        assertFalse(j.passed());
        assertEquals(Criterion.Status.MET, Lessons.criterion(j, "the model passes").status());
        Criterion floor = Lessons.criterion(j, "not cut down");
        assertEquals(Criterion.Status.FAILED, floor.status());
        assertTrue(floor.detail().contains("the reference solution has 683 and an answer needs at least 677"), floor.detail());
    }
}
