package dev.invar.cli;

/** Entry point of the {@code invar} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(exitCode(() -> Invar.commandLine(Console.system()).execute(args), System.err));
    }

    /**
     * The command's exit code; when the JVM runs out of heap (which picocli passes on, as it does every Error), one
     * line that says so and TLC's exit code for a system error, not a stack trace.
     */
    static int exitCode(java.util.function.IntSupplier command, java.io.PrintStream err) {
        try {
            return command.getAsInt();
        } catch (OutOfMemoryError e) {
            err.println("invar: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB of heap): "
                    + "give Invar more with INVAR_JAVA_OPTS=-Xmx<size>, or check a smaller model");
            err.flush();
            return ExitCodes.SYSTEM;
        }
    }
}
