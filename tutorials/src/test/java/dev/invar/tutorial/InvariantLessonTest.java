package dev.invar.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tutorial.judge.Criterion;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 3: an invariant judged on the correct protocol, the seeded bug and the TypeOK states. */
class InvariantLessonTest {
    private static final String FILE = "Answer.tla";
    private static final String STARTER = "DecisionIsDurable == TRUE";

    @Test
    void referenceInvariantMeetsEveryCriterion(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 3, 1);
        Lessons.solve(w);
        Judgement j = Lessons.TUTOR.check(w);
        assertTrue(j.passed(), Lessons.describe(j));
        assertEquals(3, j.criteria().size());
        assertTrue(j.criteria().stream().allMatch(c -> c.status() == Criterion.Status.MET), Lessons.describe(j));
    }

    @Test
    void aTypeFactCatchesNothing(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 3, 1);
        Lessons.answer(w, Map.of(FILE, Lessons.edited(w, FILE, STARTER,
                "DecisionIsDurable == tmState \\in {\"init\", \"committed\", \"aborted\"}")));
        Judgement j = Lessons.TUTOR.check(w);
        assertFalse(j.passed());
        assertEquals(Criterion.Status.MET, Lessons.criterion(j, "holds on the correct protocol").status());
        Criterion bug = Lessons.criterion(j, "violated by the seeded bug");
        assertEquals(Criterion.Status.FAILED, bug.status());
        assertTrue(bug.detail().contains("does not catch the bug"), bug.detail());
        Criterion types = Lessons.criterion(j, "says more than TypeOK");
        assertEquals(Criterion.Status.FAILED, types.status());
        assertTrue(types.detail().contains("it states a type"), types.detail());
    }

    @Test
    void aSyntaxErrorIsOneLocatedLine(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 3, 1);
        Lessons.answer(w, Map.of(FILE, Lessons.edited(w, FILE, STARTER, "DecisionIsDurable == tmState = ")));
        Judgement j = Lessons.TUTOR.check(w);
        assertEquals(1, j.criteria().size(), Lessons.describe(j));
        Criterion run = j.criteria().get(0);
        assertEquals("TLC can run it", run.name());
        assertTrue(Pattern.compile("parse-error: .*Answer\\.tla:\\d+:\\d+: .+").matcher(run.detail()).matches(), run.detail());
    }
}
