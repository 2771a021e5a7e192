package dev.invar.tutorial;

import dev.invar.tutorial.judge.Criterion;
import java.util.List;
import java.util.Objects;

/** What the tutor found about the learner's answer to one step: every criterion, met or not. */
public record Judgement(Lesson lesson, Step step, List<Criterion> criteria) {
    public Judgement {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(step, "step");
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("a judgement needs at least one criterion");
        }
    }

    public boolean passed() {
        return criteria.stream().noneMatch(Criterion::failed);
    }
}
