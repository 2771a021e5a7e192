package dev.invar.cli;

import dev.invar.cli.commands.InvarCommand;
import dev.invar.tlc.InvalidRequestException;
import dev.invar.tlc.TlaToolsException;
import picocli.CommandLine;

/**
 * Turns an exception from a command into one line on stderr and an exit code. The stack trace is shown
 * only with {@code --stacktrace}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        boolean trace = cli.getCommandSpec().root().userObject() instanceof InvarCommand root && root.stacktrace();
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int code;
        if (e instanceof dev.invar.assistant.prove.UnparsableExpressionException) {
            code = ExitCodes.PARSE; // as TLC exits when a spec does not parse
        } else if (e instanceof InvalidRequestException || e instanceof TlaToolsException || e instanceof UsageException
                || e instanceof dev.invar.library.UnknownProtocolException || e instanceof dev.invar.ci.CiException
                || e instanceof dev.invar.assistant.prove.ProofException
                || e instanceof dev.invar.tutorial.TutorialException) {
            code = ExitCodes.USAGE;
        } else if (e instanceof dev.invar.library.LibraryException || e instanceof dev.invar.assistant.AssistantException) {
            code = ExitCodes.OTHER;
        } else if (e instanceof dev.invar.tlc.TlcException) {
            code = ExitCodes.SYSTEM;
        } else {
            code = ExitCodes.OTHER;
            message = "internal error: " + message + (trace ? "" : " (run with --stacktrace for details)");
        }
        cli.getErr().println("invar: " + message);
        if (trace) {
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return code;
    }
}
