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

/** Lesson 7: a drafted invariant that must catch the early-commit bug. */
class AssistantLessonTest {
    private static final String FILE = "Drafted.tla";

    @Test
    void theReferenceDraftCatchesTheBug(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 7, 1);
        Lessons.solve(w);
        Judgement j = Lessons.TUTOR.check(w);
        assertTrue(j.passed(), Lessons.describe(j));
    }

    @Test
    void aDraftFalseOnTheCorrectProtocolComesWithItsCounterexample(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 7, 1);
        Lessons.answer(w, Map.of(FILE, Lessons.edited(w, FILE, "Caught == TRUE", "Caught == \\A r \\in RM : rmState[r] # \"committed\"")));
        Judgement j = Lessons.TUTOR.check(w);
        assertFalse(j.passed());
        Criterion holds = Lessons.criterion(j, "holds on the correct protocol");
        assertEquals(Criterion.Status.FAILED, holds.status());
        assertEquals(Verdict.SAFETY_VIOLATION, holds.evidence().orElseThrow().verdict());
        assertTrue(holds.evidence().orElseThrow().trace().isPresent());
        assertEquals(Criterion.Status.MET, Lessons.criterion(j, "violated by the seeded bug").status());
    }
}
