package dev.invar.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tutorial.judge.Criterion;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson 6: quorum sizes that intersect. */
class QuorumLessonTest {
    @Test
    void intersectingQuorumsPass(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 6, 1);
        Lessons.solve(w);
        Judgement j = Lessons.TUTOR.check(w);
        assertTrue(j.passed(), Lessons.describe(j));
        assertTrue(Lessons.criterion(j, "not cut down").detail().startsWith("6,964 distinct states; the reference solution has 6,964"));
    }

    @Test
    void quorumsThatMissEachOtherReturnAStaleRead(@TempDir Path dir) {
        Workspace w = Lessons.at(dir, 6, 1);
        Criterion passes = Lessons.criterion(Lessons.TUTOR.check(w), "the model passes");
        assertEquals(Criterion.Status.FAILED, passes.status());
        assertTrue(passes.detail().contains("of ReadReturnsLatestCompletedWrite"), passes.detail());
        assertTrue(passes.evidence().orElseThrow().trace().isPresent());
    }
}
