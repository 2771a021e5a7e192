package dev.invar.cli.commands;

import dev.invar.cli.Console;
import dev.invar.cli.render.html.HtmlReport;
import dev.invar.cli.render.html.SavedResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code invar report}: the HTML counterexample report of a result saved with {@code invar check --json}. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Render a saved result (invar check --json) as a self-contained HTML page: verdict, statistics, "
                + "the violated property, a message sequence diagram and a state table.",
        footerHeading = "%nExamples:%n",
        footer = {"  invar check two-phase-commit --variant early-commit --json > result.json",
                "  invar report result.json -o report.html",
                "  invar report result.json -o report.html --lanes rmState",
                ""})
public final class ReportCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "A result written by invar check --json.")
    private Path result;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The HTML file to write.")
    private Path output;

    @Option(names = "--lanes", paramLabel = "VAR",
            description = "A lifeline per element of VAR's domain (default: inferred from the per-node variables).")
    private String lanes;

    @Override
    public Integer call() {
        Console console = root.console();
        HtmlReport.write(SavedResult.read(console.workingDirectory().resolve(result)), Optional.ofNullable(lanes),
                console.workingDirectory().resolve(output), console.err());
        return 0;
    }
}
