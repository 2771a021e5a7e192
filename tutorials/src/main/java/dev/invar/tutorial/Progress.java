package dev.invar.tutorial;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A learner's progress, saved in the workspace ({@code .invar-learn.json}).
 *
 * @param lesson the current lesson's number (0 before any was started)
 * @param step the current step's index in that lesson, from 0
 * @param completed the steps passed, as {@code lessonSlug/stepId}
 * @param hintsGiven how many built-in hints each step has shown
 * @param feedback the last judgement of each step, in short, for hints that look at it
 */
public record Progress(int schemaVersion, int lesson, int step, Set<String> completed, Map<String, Integer> hintsGiven,
                       Map<String, String> feedback) {
    public static final int SCHEMA_VERSION = 1;

    public Progress {
        // Sorted, so that the saved file reads the same however the steps were passed.
        completed = Collections.unmodifiableSortedSet(new TreeSet<>(completed));
        hintsGiven = Map.copyOf(hintsGiven);
        feedback = Map.copyOf(feedback);
    }

    public static Progress fresh() {
        return new Progress(SCHEMA_VERSION, 0, 0, Set.of(), Map.of(), Map.of());
    }

    public Progress at(int newLesson, int newStep) {
        return new Progress(schemaVersion, newLesson, newStep, completed, hintsGiven, feedback);
    }

    public Progress passed(String key) {
        Set<String> all = new LinkedHashSet<>(completed);
        all.add(key);
        return new Progress(schemaVersion, lesson, step, all, hintsGiven, feedback);
    }

    public Progress withFeedback(String key, String text) {
        Map<String, String> all = new HashMap<>(feedback);
        all.put(key, text);
        return new Progress(schemaVersion, lesson, step, completed, hintsGiven, all);
    }

    public Progress hintShown(String key) {
        Map<String, Integer> all = new HashMap<>(hintsGiven);
        all.merge(key, 1, Integer::sum);
        return new Progress(schemaVersion, lesson, step, completed, all, feedback);
    }

    /** Forgets a lesson's steps: passed, hints shown, feedback. */
    public Progress forget(Lesson forgotten) {
        String prefix = forgotten.slug() + "/";
        Set<String> kept = new LinkedHashSet<>(completed);
        kept.removeIf(k -> k.startsWith(prefix));
        Map<String, Integer> hints = new HashMap<>(hintsGiven);
        hints.keySet().removeIf(k -> k.startsWith(prefix));
        Map<String, String> notes = new HashMap<>(feedback);
        notes.keySet().removeIf(k -> k.startsWith(prefix));
        return new Progress(schemaVersion, lesson, step, kept, hints, notes);
    }

    public boolean done(Lesson of, Step step) {
        return completed.contains(of.key(step));
    }
}
