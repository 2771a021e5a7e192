package dev.invar.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.Verdict;
import dev.invar.tutorial.judge.Criterion;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 4: fairness judged by TLC's liveness verdict. */
class LivenessLessonTest {
    @Test
    void referenceFairnessMakesTerminationHold(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 4, 1);
        Lessons.solve(w);
        Judgement j = Lessons.TUTOR.check(w);
        assertTrue(j.passed(), Lessons.describe(j));
        assertTrue(Lessons.criterion(j, "not cut down").detail().startsWith("683 distinct states; the reference solution has 683"));
    }

    @Test
    void withoutFairnessTheLivenessCounterexampleIsShown(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 4, 1);
        Judgement j = Lessons.TUTOR.check(w);
        assertEquals(1, j.criteria().size(), Lessons.describe(j));
        Criterion holds = j.criteria().get(0);
        assertEquals("Termination holds under LiveSpec", holds.name());
        assertEquals(Criterion.Status.FAILED, holds.status());
        assertEquals(Verdict.LIVENESS_VIOLATION, holds.evidence().orElseThrow().verdict());
        assertTrue(holds.evidence().orElseThrow().trace().isPresent(), "the behaviour that never terminates");
    }
}
