package dev.invar.cli.options;

import dev.invar.cli.Console;
import dev.invar.cli.render.Style;
import picocli.CommandLine.Option;

/** How a command prints its report: as text, coloured on a terminal, or as one JSON document. */
public final class ReportFormat {
    @Option(names = "--json", description = "Print the result as one JSON document.")
    public boolean json;

    @Option(names = "--no-color", description = "No colours (also when NO_COLOR is set or output is not a terminal).")
    private boolean noColor;

    /** The text style: colours only on a terminal that wants them, and not with --no-color. */
    public Style style(Console console) {
        return new Style(console.colour() && !noColor);
    }
}
