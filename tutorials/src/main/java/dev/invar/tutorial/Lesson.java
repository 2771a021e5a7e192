package dev.invar.tutorial;

import java.util.List;
import java.util.Objects;

/**
 * One lesson, as its {@code lesson.json} describes it (schema: docs/lesson-schema.json).
 *
 * @param number the lesson's place in the course, from 1
 * @param slug the lesson's folder, in the resources and in a workspace ({@code 03-writing-an-invariant})
 * @param protocol the library protocol whose files the lesson starts from
 * @param files starter files of the lesson (beside the protocol's files; they replace a library file of the same name)
 */
public record Lesson(int schemaVersion, int number, String slug, String title, String protocol, String summary,
                     List<String> files, List<Step> steps) {
    public Lesson {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(summary, "summary");
        files = List.copyOf(files);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("lesson " + slug + " has no steps");
        }
    }

    /** The step at {@code index} (from 0). */
    public Step step(int index) {
        if (index < 0 || index >= steps.size()) {
            throw new TutorialException("lesson " + number + " has steps 1 to " + steps.size() + ", not " + (index + 1));
        }
        return steps.get(index);
    }

    /** The key a step's progress is saved under: {@code slug/stepId}. */
    public String key(Step step) {
        return slug + "/" + step.id();
    }
}
