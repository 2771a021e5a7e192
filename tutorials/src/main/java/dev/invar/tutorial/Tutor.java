package dev.invar.tutorial;

import dev.invar.library.SpecLibrary;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.TlcRunner;
import dev.invar.tutorial.judge.Criterion;
import dev.invar.tutorial.judge.JudgeContext;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The tutor: starts lessons in a workspace, judges the current step with TLC, gives hints, moves on. */
public final class Tutor {
    /** Each TLC run of a judge stops here: lesson models take seconds, so this only catches a runaway model. */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(2);

    private final LessonCatalog catalog;
    private final SpecLibrary library;
    private final TlcRunner runner;

    public Tutor(LessonCatalog catalog, SpecLibrary library, TlcRunner runner) {
        this.catalog = catalog;
        this.library = library;
        this.runner = runner;
    }

    public LessonCatalog catalog() {
        return catalog;
    }

    /** The text of a step, as the learner reads it. */
    public String text(Position position) {
        return catalog.read(position.lesson(), position.step().text());
    }

    /** Starts (or returns to) a lesson: writes its files unless they are there, at its first step not yet passed. */
    public Position start(Workspace workspace, int number) {
        Lesson lesson = catalog.lesson(number);
        boolean fresh = workspace.materialize(lesson, catalog, library);
        Progress progress = workspace.progress();
        int step = 0;
        while (step < lesson.steps().size() - 1 && progress.done(lesson, lesson.step(step))) {
            step++;
        }
        workspace.save(progress.at(number, step));
        return new Position(lesson, step, workspace.directory(lesson), fresh);
    }

    /** Where the learner is now. */
    public Position current(Workspace workspace) {
        Progress progress = workspace.progress();
        if (progress.lesson() == 0) {
            throw new TutorialException("no lesson started in " + workspace.root() + ": invar learn start 1");
        }
        Lesson lesson = catalog.lesson(progress.lesson());
        Path dir = workspace.directory(lesson);
        if (!Files.isDirectory(dir)) {
            throw new TutorialException(dir + " is missing: invar learn reset writes the lesson's files again");
        }
        return new Position(lesson, Math.min(progress.step(), lesson.steps().size() - 1), dir, false);
    }

    /** Judges the current step with TLC and records the outcome in the workspace. */
    public Judgement check(Workspace workspace) {
        return check(workspace, request -> { });
    }

    /**
     * Like {@link #check(Workspace)}, with the learner's TLC settings applied to every run over the judge's own
     * (one worker, a small heap, a time limit of a few minutes).
     */
    public Judgement check(Workspace workspace, Consumer<CheckRequest.Builder> tuning) {
        Position at = current(workspace);
        JudgeContext context = new JudgeContext(runner, library, library.get(at.lesson().protocol()), at.directory(), RUN_LIMIT,
                tuning);
        List<Criterion> criteria = at.step().judge().judge(context);
        Judgement judgement = new Judgement(at.lesson(), at.step(), criteria);
        String key = at.lesson().key(at.step());
        Progress progress = workspace.progress().withFeedback(key, summary(judgement));
        workspace.save(judgement.passed() ? progress.passed(key) : progress);
        return judgement;
    }

    /**
     * The next step, or the next lesson's first step after a lesson's last; empty after the last lesson.
     * Moving on does not need the current step passed: a learner may skip.
     */
    public Optional<Position> next(Workspace workspace) {
        Position at = current(workspace);
        if (at.stepIndex() + 1 < at.lesson().steps().size()) {
            workspace.save(workspace.progress().at(at.lesson().number(), at.stepIndex() + 1));
            return Optional.of(new Position(at.lesson(), at.stepIndex() + 1, at.directory(), false));
        }
        if (at.lesson().number() < catalog.lessons().size()) {
            return Optional.of(start(workspace, at.lesson().number() + 1));
        }
        return Optional.empty();
    }

    /**
     * Restores the current lesson's starting files and forgets its progress.
     *
     * @return the position (the lesson's first step) and where the learner's old files were kept
     */
    public Reset reset(Workspace workspace) {
        Position at = current(workspace);
        Path kept = workspace.reset(at.lesson(), catalog, library);
        workspace.save(workspace.progress().forget(at.lesson()).at(at.lesson().number(), 0));
        return new Reset(new Position(at.lesson(), 0, at.directory(), true), kept);
    }

    /** What {@link #reset} did. */
    public record Reset(Position position, Path keptFiles) {
    }

    /**
     * A hint for the current step: from the model when one is given, else the next built-in hint (the last
     * one repeats once all have been shown).
     *
     * @param modelName how the model is named in errors and beside its hint
     */
    public Hint hint(Workspace workspace, Optional<ChatModel> model, String modelName) {
        Position at = current(workspace);
        String key = at.lesson().key(at.step());
        Progress progress = workspace.progress();
        if (model.isPresent()) {
            List<LlmHints.LearnerFile> files = new ArrayList<>();
            for (String name : at.step().judge().files()) {
                Path file = at.directory().resolve(name);
                try {
                    files.add(new LlmHints.LearnerFile(name, Files.isRegularFile(file) ? Files.readString(file) : "(missing)"));
                } catch (IOException e) {
                    throw new TutorialException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
            return new LlmHints(model.get(), modelName).hint(at.lesson(), at.step(), text(at), files,
                    Optional.ofNullable(progress.feedback().get(key)));
        }
        List<String> hints = at.step().hints();
        int shown = progress.hintsGiven().getOrDefault(key, 0);
        int index = Math.min(shown, hints.size() - 1);
        workspace.save(progress.hintShown(key));
        return new Hint(hints.get(index), "built-in", index + 1, hints.size());
    }

    /** One line per criterion, for the progress file (a hint's model reads it). */
    private static String summary(Judgement judgement) {
        return judgement.criteria().stream().map(c -> c.status() + " " + c.name() + ": " + c.detail())
                .collect(Collectors.joining("; "));
    }
}
