package dev.invar.cli.options;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where and how results are written. */
public final class OutputOptions {
    @Option(names = "--json", description = "Print the result as one JSON document (schema: docs/result-schema.json).")
    public boolean json;

    @Option(names = "--itf", paramLabel = "FILE", description = "Write the counterexample as an ITF trace (Apalache/Quint).")
    public Path itf;

    @Option(names = "--no-color", description = "No colours (also when NO_COLOR is set or output is not a terminal).")
    public boolean noColor;

    @Option(names = "--full-states", description = "Show every variable in each step, not only those that changed.")
    public boolean fullStates;
}
