package dev.invar.tutorial;

import dev.invar.library.SpecLibrary;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcRunner;
import dev.invar.tutorial.judge.Criterion;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Test fixture: a workspace at a lesson's step, answered with the reference solution or with given files. */
final class Lessons {
    static final LessonCatalog CATALOG = LessonCatalog.bundled();
    static final SpecLibrary LIBRARY = SpecLibrary.bundled();
    static final Tutor TUTOR = new Tutor(CATALOG, LIBRARY, TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled())));

    private Lessons() {
    }

    /** A new workspace in {@code dir} at step {@code step} (from 1) of lesson {@code lesson}. */
    static Workspace at(Path dir, int lesson, int step) {
        Workspace workspace = Workspace.at(dir);
        TUTOR.start(workspace, lesson);
        workspace.save(workspace.progress().at(lesson, step - 1));
        return workspace;
    }

    /** Puts the step's reference solution in the workspace. */
    static void solve(Workspace workspace) {
        Position at = TUTOR.current(workspace);
        for (String file : at.step().solution()) {
            workspace.write(at.directory().resolve(Path.of(file).getFileName().toString()), CATALOG.read(at.lesson(), file));
        }
    }

    /** Writes the given files (name to text) into the current lesson's folder. */
    static void answer(Workspace workspace, Map<String, String> files) {
        Path dir = TUTOR.current(workspace).directory();
        files.forEach((name, text) -> workspace.write(dir.resolve(name), text));
    }

    /** A lesson file of the current lesson as the learner has it, with one replacement made (which must apply). */
    static String edited(Workspace workspace, String file, String from, String to) {
        try {
            String text = java.nio.file.Files.readString(TUTOR.current(workspace).directory().resolve(file));
            if (!text.contains(from)) {
                throw new AssertionError(file + " does not contain " + from);
            }
            return text.replace(from, to);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Criterion criterion(Judgement judgement, String nameContains) {
        List<Criterion> found = judgement.criteria().stream().filter(c -> c.name().contains(nameContains)).toList();
        if (found.size() != 1) {
            throw new AssertionError("no single criterion named like '" + nameContains + "' in\n" + describe(judgement));
        }
        return found.get(0);
    }

    static String describe(Judgement judgement) {
        return judgement.criteria().stream().map(c -> c.status() + " " + c.name() + ": " + c.detail())
                .collect(Collectors.joining("\n"));
    }
}
