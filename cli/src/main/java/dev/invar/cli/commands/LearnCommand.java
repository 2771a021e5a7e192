package dev.invar.cli.commands;

import dev.invar.cli.Console;
import dev.invar.cli.llm.ChatModels;
import dev.invar.cli.llm.ChosenModel;
import dev.invar.cli.llm.LlmOptions;
import dev.invar.cli.options.TlcOptions;
import dev.invar.cli.options.WorkspaceOption;
import dev.invar.cli.render.Style;
import dev.invar.cli.render.TutorReport;
import dev.invar.library.SpecLibrary;
import dev.invar.tutorial.Hint;
import dev.invar.tutorial.Judgement;
import dev.invar.tutorial.LessonCatalog;
import dev.invar.tutorial.Position;
import dev.invar.tutorial.Progress;
import dev.invar.tutorial.Tutor;
import dev.invar.tutorial.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code invar learn}: guided lessons over the spec library, each exercise judged by TLC. */
@Command(name = "learn", mixinStandardHelpOptions = true,
        description = "Guided tutorials: lessons over the spec library whose exercises TLC judges. Without a subcommand,"
                + " lists the lessons and your progress.",
        footerHeading = "%nExamples:%n",
        footer = {"  invar learn start 1 my-tla   lesson 1's files into my-tla/, and its first step",
                "  invar learn check            judge your answer with TLC",
                "  invar learn hint             a built-in hint (--llm P:MODEL: a model's)",
                "  invar learn next             the next step, or the next lesson",
                "  invar learn reset            the starting files again (yours kept aside)",
                "",
                "Exit codes: 0 done, 1 the step is not passed yet, 2 usage (e.g. no workspace).", ""})
public final class LearnCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Mixin
    private WorkspaceOption workspace;

    @Override
    public Integer call() {
        Console console = root.console();
        LessonCatalog catalog = LessonCatalog.bundled();
        Optional<Workspace> found = workspace.in(console.workingDirectory()).map(Workspace::open)
                .or(() -> Workspace.find(console.workingDirectory()));
        report(console).lessons(catalog.lessons(), found.map(Workspace::root), found.map(Workspace::progress).orElse(Progress.fresh()));
        return 0;
    }

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Start lesson N (or go back to it): its files go into a folder of the workspace DIR (default:"
                    + " --workspace, the workspace you are in, or the current directory).")
    int start(@Parameters(index = "0", paramLabel = "N", description = "The lesson's number (invar learn lists them).") int number,
              @Parameters(index = "1", arity = "0..1", paramLabel = "DIR", description = "The workspace directory.") Path dir,
              @Mixin WorkspaceOption where) {
        Console console = root.console();
        Path cwd = console.workingDirectory();
        Workspace ws = Optional.ofNullable(dir).map(cwd::resolve).or(() -> where.in(cwd)).map(Workspace::at)
                .orElseGet(() -> Workspace.find(cwd).orElseGet(() -> Workspace.at(cwd)));
        Tutor tutor = tutor(console, new TlcOptions());
        Position at = tutor.start(ws, number);
        report(console).step(at, tutor.text(at));
        return 0;
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Judge your answer to the current step with TLC and say which criteria it meets. Each TLC run"
                    + " uses one worker and a small heap unless told otherwise.")
    int check(@Mixin WorkspaceOption where, @Mixin TlcOptions tlc) {
        Console console = root.console();
        Judgement judgement = tutor(console, tlc).check(open(console, where), tlc::applyTo);
        report(console).judgement(judgement);
        return judgement.passed() ? 0 : 1;
    }

    @Command(name = "hint", mixinStandardHelpOptions = true,
            description = "A hint for the current step: the next built-in one, or one from a language model with --llm.")
    int hint(@Mixin WorkspaceOption where, @Mixin LlmOptions llm) {
        Console console = root.console();
        Optional<ChosenModel> model = llm.model(console.environment(), ChatModels.DEFAULT_REQUEST_TIMEOUT);
        Hint hint = tutor(console, new TlcOptions()).hint(open(console, where), model.map(ChosenModel::chatModel),
                model.map(ChosenModel::name).orElse("built-in"));
        report(console).hint(hint);
        return 0;
    }

    @Command(name = "next", mixinStandardHelpOptions = true,
            description = "Go to the next step (after a lesson's last, the next lesson). A step need not be passed to move on.")
    int next(@Mixin WorkspaceOption where) {
        Console console = root.console();
        Tutor tutor = tutor(console, new TlcOptions());
        Optional<Position> at = tutor.next(open(console, where));
        if (at.isEmpty()) {
            console.out().println("That was the last step of the last lesson. invar learn lists what you have passed.");
        } else {
            report(console).step(at.get(), tutor.text(at.get()));
        }
        console.out().flush();
        return 0;
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = "Write the current lesson's starting files again and start it over; your files are moved aside.")
    int reset(@Mixin WorkspaceOption where) {
        Console console = root.console();
        Tutor tutor = tutor(console, new TlcOptions());
        Tutor.Reset reset = tutor.reset(open(console, where));
        console.out().println("Lesson " + reset.position().lesson().number() + " starts over; your files were moved to "
                + console.workingDirectory().relativize(reset.keptFiles().toAbsolutePath()) + ".");
        console.out().println();
        report(console).step(reset.position(), tutor.text(reset.position()));
        return 0;
    }

    private static Workspace open(Console console, WorkspaceOption where) {
        return Workspace.open(where.in(console.workingDirectory()).orElse(console.workingDirectory()));
    }

    private static Tutor tutor(Console console, TlcOptions tlc) {
        return new Tutor(LessonCatalog.bundled(), SpecLibrary.bundled(), tlc.runner(console.environment(), console.workingDirectory()));
    }

    private static TutorReport report(Console console) {
        return new TutorReport(new Style(console.colour()), console.workingDirectory(), console.out());
    }
}
