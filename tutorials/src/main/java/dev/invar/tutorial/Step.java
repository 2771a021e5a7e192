package dev.invar.tutorial;

import dev.invar.tutorial.judge.Judge;
import java.util.List;
import java.util.Objects;

/**
 * One exercise of a lesson.
 *
 * @param text the file (in the lesson's folder) that explains the step and states the exercise
 * @param hints built-in hints, from gentle to nearly the answer
 * @param judge how the learner's files are judged, with TLC
 * @param solution a reference solution: files (paths in the lesson's folder) that, put in the workspace under
 *                 their own names, pass the judge; the tests hold every lesson to it
 */
public record Step(String id, String title, String text, List<String> hints, Judge judge, List<String> solution) {
    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        hints = List.copyOf(hints);
        if (hints.isEmpty()) {
            throw new IllegalArgumentException("step " + id + " needs at least one built-in hint");
        }
        Objects.requireNonNull(judge, "judge");
        solution = List.copyOf(solution);
    }
}
