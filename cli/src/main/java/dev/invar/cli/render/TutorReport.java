package dev.invar.cli.render;

import dev.invar.tlc.CheckResult;
import dev.invar.tutorial.Hint;
import dev.invar.tutorial.Judgement;
import dev.invar.tutorial.Lesson;
import dev.invar.tutorial.Position;
import dev.invar.tutorial.Progress;
import dev.invar.tutorial.judge.Criterion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** The terminal view of {@code invar learn}: the lessons with progress, a step, a judgement, a hint. */
public final class TutorReport {
    private final Style style;
    private final Path base;
    private final PrintWriter out;

    /** @param base paths are shown relative to it (the working directory) */
    public TutorReport(Style style, Path base, PrintWriter out) {
        this.style = style;
        this.base = base;
        this.out = out;
    }

    /** The lessons, with the steps passed in the workspace (if there is one) and where the learner is. */
    public void lessons(List<Lesson> lessons, Optional<Path> workspace, Progress progress) {
        CommandLine.Help.TextTable table = CommandLine.Help.TextTable.forColumns(
                CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF),
                new CommandLine.Help.Column(6, 1, CommandLine.Help.Column.Overflow.SPAN),
                new CommandLine.Help.Column(44, 1, CommandLine.Help.Column.Overflow.WRAP),
                new CommandLine.Help.Column(20, 1, CommandLine.Help.Column.Overflow.WRAP),
                new CommandLine.Help.Column(10, 1, CommandLine.Help.Column.Overflow.WRAP));
        table.addRowValues("", "LESSON", "PROTOCOL", "PASSED");
        for (Lesson lesson : lessons) {
            long passed = lesson.steps().stream().filter(s -> progress.done(lesson, s)).count();
            String mark = lesson.number() == progress.lesson() ? "> " : passed == lesson.steps().size() ? "✓ " : "  ";
            table.addRowValues(mark + lesson.number(), lesson.title(), lesson.protocol(),
                    passed + "/" + lesson.steps().size() + " steps");
        }
        out.print(table);
        out.println();
        if (workspace.isEmpty()) {
            out.println("No tutorial workspace here. Start with: invar learn start 1 [DIR]");
        } else if (progress.lesson() == 0) {
            out.println("Workspace " + shown(workspace.get()) + ". Start with: invar learn start 1");
        } else {
            Lesson now = lessons.get(progress.lesson() - 1);
            out.println("Workspace " + shown(workspace.get()) + ": lesson " + now.number() + ", step " + (progress.step() + 1)
                    + " of " + now.steps().size() + " (" + now.step(progress.step()).title() + ").");
            out.println("invar learn check · hint · next · reset · start N");
        }
        out.flush();
    }

    /** A step: where it is, its text, the files to edit and what to run. */
    public void step(Position at, String text) {
        Lesson lesson = at.lesson();
        out.println(style.bold("Lesson " + lesson.number() + ": " + lesson.title()) + style.dim("  (" + lesson.protocol() + ")"));
        out.println(style.bold("Step " + (at.stepIndex() + 1) + " of " + lesson.steps().size() + ": " + at.step().title()));
        out.println();
        out.println(text.strip());
        out.println();
        out.println("Your files: " + shown(at.directory()) + (at.fresh() ? " (just written)" : "")
                + ". Edit them with any editor; " + String.join(", ", at.step().judge().files()) + " is what this step judges.");
        out.println("invar learn check when ready · invar learn hint if stuck");
        out.flush();
    }

    /** Every criterion with its outcome; the counterexample of each failed one. */
    public void judgement(Judgement judgement) {
        out.println(style.bold("Lesson " + judgement.lesson().number() + ", step " + (judgement.lesson().steps().indexOf(judgement.step()) + 1)
                + ": " + judgement.step().title()));
        for (Criterion c : judgement.criteria()) {
            String mark = switch (c.status()) {
                case MET -> style.green("✓");
                case FAILED -> style.red("✗");
                case UNDECIDED -> style.yellow("?");
            };
            out.println(mark + " " + c.name());
            out.println("    " + style.dim(relative(c.detail())));
        }
        TextReport traces = new TextReport(style, false, base);
        for (Criterion c : judgement.criteria()) {
            Optional<CheckResult> run = c.evidence().filter(r -> r.trace().isPresent());
            if (!c.failed() || run.isEmpty() && c.counterexample().isEmpty()) {
                continue;
            }
            out.println();
            out.println(style.bold("Why \"" + c.name() + "\" failed:"));
            run.ifPresentOrElse(result -> traces.render(result, out), () -> traces.trace(c.counterexample().orElseThrow(), out));
        }
        out.println();
        long failed = judgement.criteria().stream().filter(Criterion::failed).count();
        if (judgement.passed()) {
            out.println(style.green("Passed.") + " invar learn next for the next step.");
        } else {
            out.println(style.red("Not yet:") + " " + failed + " of " + judgement.criteria().size()
                    + " criteria failed. Edit your files and check again; invar learn hint for a hint.");
        }
        out.flush();
    }

    public void hint(Hint hint) {
        String from = hint.number() > 0 ? "Hint " + hint.number() + " of " + hint.of() : "Hint from " + hint.source();
        out.println(style.bold(from + ":") + " " + hint.text());
        out.flush();
    }

    private String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (absolute.startsWith(base) && !absolute.equals(base)) {
            return base.relativize(absolute) + "/";
        }
        return absolute.toString();
    }

    private String relative(String text) {
        String prefix = base.toString() + "/";
        return text.replace(prefix, "");
    }
}
