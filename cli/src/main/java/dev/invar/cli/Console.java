package dev.invar.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command may touch of the outside world: its output writers, the environment variables, the
 * working directory and whether a person is watching a terminal. Tests build their own.
 */
public record Console(PrintWriter out, PrintWriter err, Map<String, String> environment, Path workingDirectory,
                      boolean interactive) {
    public Console {
        environment = Map.copyOf(environment);
    }

    public static Console system() {
        return new Console(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true),
                System.getenv(), Path.of("").toAbsolutePath(), System.console() != null);
    }

    /** Colour unless NO_COLOR is set (https://no-color.org) or output is not a terminal. */
    public boolean colour() {
        return interactive && !environment.containsKey("NO_COLOR");
    }
}
