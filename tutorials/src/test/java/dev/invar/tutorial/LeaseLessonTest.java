package dev.invar.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tutorial.judge.Criterion;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 5: a margin for clock drift (the learner's model), then a timer fix (the learner's action). */
class LeaseLessonTest {
    @Test
    void referenceAnswersPassBothSteps(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 5, 1);
        Lessons.solve(w);
        Judgement margin = Lessons.TUTOR.check(w);
        assertTrue(margin.passed(), Lessons.describe(margin));
        assertTrue(Lessons.criterion(margin, "not cut down").detail().startsWith("1,072 distinct states; the reference solution has 1,072"));
        assertEquals(2, Lessons.TUTOR.next(w).orElseThrow().stepIndex() + 1);
        Lessons.solve(w);
        Judgement timer = Lessons.TUTOR.check(w);
        assertTrue(timer.passed(), Lessons.describe(timer));
        assertTrue(Lessons.criterion(timer, "not cut down").detail().startsWith("216 distinct states; the reference solution has 216"));
    }

    @Test
    void theThinMarginBreaksTheLeaseAndAHugeOneLeavesNoLease(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 5, 1);
        Criterion passes = Lessons.criterion(Lessons.TUTOR.check(w), "the model passes");
        assertEquals(Criterion.Status.FAILED, passes.status());
        assertTrue(passes.detail().contains("of AtMostOneLeaseholder"), passes.detail());

        Lessons.answer(w, Map.of("Lease.cfg", Lessons.edited(w, "Lease.cfg", "Margin = 1", "Margin = 3")));
        Judgement huge = Lessons.TUTOR.check(w);
        assertFalse(huge.passed());
        assertEquals(Criterion.Status.MET, Lessons.criterion(huge, "the model passes").status());
        assertEquals(Criterion.Status.FAILED, Lessons.criterion(huge, "not cut down").status(), Lessons.describe(huge));
    }

    @Test
    void changingAFixedConstantIsRefused(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 5, 1);
        Lessons.answer(w, Map.of("Lease.cfg", Lessons.edited(w, "Lease.cfg", "MaxDrift = 2", "MaxDrift = 0")));
        Criterion drift = Lessons.criterion(Lessons.TUTOR.check(w), "MaxDrift = 2");
        assertEquals(Criterion.Status.FAILED, drift.status());
        assertEquals("the model has MaxDrift = 0; the exercise fixes it to 2", drift.detail());
    }
}
