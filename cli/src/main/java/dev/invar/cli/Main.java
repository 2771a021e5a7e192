package dev.invar.cli;

/** Entry point of the {@code invar} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = Invar.commandLine(Console.system()).execute(args);
        System.exit(code);
    }
}
