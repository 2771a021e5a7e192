package dev.invar.tutorial;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the learner is: a lesson, one of its steps, and the folder with the lesson's files.
 *
 * @param fresh whether lesson files were written just now (all of them, or those missing from an earlier visit)
 */
public record Position(Lesson lesson, int stepIndex, Path directory, boolean fresh) {
    public Position {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(directory, "directory");
    }

    public Step step() {
        return lesson.step(stepIndex);
    }
}
