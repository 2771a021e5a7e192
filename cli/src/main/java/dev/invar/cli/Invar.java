package dev.invar.cli;

import dev.invar.cli.commands.InvarCommand;
import picocli.CommandLine;

/** The one factory of the command tree, used by {@link Main} and by tests alike. */
public final class Invar {
    private Invar() {
    }

    public static CommandLine commandLine(Console console) {
        CommandLine cli = new CommandLine(new InvarCommand(console));
        CommandLine completion = new CommandLine(new picocli.AutoComplete.GenerateCompletion());
        completion.getCommandSpec().usageMessage().hidden(false)
                .description("Print a bash/zsh completion script: source <(invar completion)");
        cli.addSubcommand("completion", completion);
        cli.setOut(console.out());
        cli.setErr(console.err());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                console.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(new UsageErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        for (CommandLine command : java.util.List.of(cli, cli.getSubcommands().get("check"))) {
            command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCodes.helpTable());
        }
        return cli;
    }
}
