package dev.invar.cli.commands;

import dev.invar.cli.Console;
import dev.invar.cli.VersionProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: global options and the list of subcommands. */
@Command(name = "invar",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Verify distributed protocols written in TLA+: check models with TLC, read counterexamples, "
                + "gate CI on specs.",
        subcommands = {CheckCommand.class, ReportCommand.class, ListCommand.class, ShowCommand.class, InitCommand.class, CiCommand.class,
                DraftCommand.class, ExplainCommand.class, ProveCommand.class, CheckInductiveCommand.class, LearnCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  invar list                           the protocols of the spec library",
                "  invar check two-phase-commit         check a library protocol's small model",
                "  invar check Spec.tla                 check Spec.tla with Spec.cfg",
                "  invar check Spec.tla --inv TypeOK --const N=3 --json",
                "  invar learn start 1 my-tla         guided lessons, each exercise judged by TLC",
                "  source <(invar completion)           tab completion in bash or zsh",
                ""})
public final class InvarCommand implements Runnable {
    private final Console console;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--stacktrace", scope = CommandLine.ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    private boolean stacktrace;

    public InvarCommand(Console console) {
        this.console = console;
    }

    public Console console() {
        return console;
    }

    public boolean stacktrace() {
        return stacktrace;
    }

    @Override
    public void run() {
        spec.commandLine().usage(console.out());
    }

}
