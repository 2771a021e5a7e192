package dev.invar.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tutorial.judge.Criterion;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 1: the learner's own model of two-phase commit. */
class FirstModelCheckLessonTest {
    @Test
    void referenceModelPassesAtTheDeclaredStateCount(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 1, 1);
        Lessons.solve(w);
        Judgement j = Lessons.TUTOR.check(w);
        assertTrue(j.passed(), Lessons.describe(j));
        assertTrue(Lessons.criterion(j, "not cut down").detail().startsWith("683 distinct states; the reference solution has 683"),
                Lessons.describe(j));
        assertTrue(w.progress().done(j.lesson(), j.step()));
    }

    @Test
    void theStarterModelFailsOnWhatItLacks(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 1, 1);
        Judgement j = Lessons.TUTOR.check(w);
        assertFalse(j.passed());
        assertEquals(Criterion.Status.FAILED, Lessons.criterion(j, "checks TypeOK, Consistent").status());
        assertTrue(Lessons.criterion(j, "checks TypeOK, Consistent").detail().endsWith(": Consistent"), Lessons.describe(j));
        assertEquals("the model has RM = {r1}; the exercise fixes it to {r1, r2, r3}", Lessons.criterion(j, "RM =").detail());
        // One RM passes, but is far too small a model to mean anything.
        assertEquals(Criterion.Status.MET, Lessons.criterion(j, "the model passes").status());
        assertEquals(Criterion.Status.FAILED, Lessons.criterion(j, "not cut down").status());
        assertFalse(w.progress().done(j.lesson(), j.step()));
    }

    @Test
    void theLearnersTlcSettingsApplyToTheJudgesRuns(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 1, 1);
        Lessons.solve(w);
        Judgement j = Lessons.TUTOR.check(w, request -> request.timeout(Duration.ofMillis(10)));
        Criterion run = Lessons.criterion(j, "TLC can run it");
        assertEquals(Criterion.Status.FAILED, run.status());
        assertTrue(run.detail().startsWith("TLC did not finish within the time limit"), run.detail());
    }
}
