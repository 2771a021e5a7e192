package dev.invar.cli.options;

import dev.invar.cli.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
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

    @Option(names = "--html", paramLabel = "FILE",
            description = "Write a self-contained HTML report: verdict, message sequence diagram, state table.")
    public Path html;

    @Option(names = "--lanes", paramLabel = "VAR",
            description = "HTML report: a lifeline per element of VAR's domain (default: inferred from the per-node variables).")
    public String lanes;

    @Option(names = "--dot", paramLabel = "FILE",
            description = "Write the state graph for Graphviz (TLC's -dump dot; .dot is added if missing). For small models.")
    public Path dot;

    /**
     * Refuses combinations that cannot work, and files that cannot be written, before TLC runs: the check may
     * take long, and TLC only says it cannot write the graph when it is done.
     */
    public void validate(Path workingDirectory, boolean simulate) {
        if (lanes != null && html == null) {
            throw new UsageException("--lanes applies to --html only");
        }
        if (dot != null && simulate) {
            throw new UsageException("--dot writes the state graph of an exhaustive check, not of --simulate");
        }
        htmlFile(workingDirectory);
        dotFile(workingDirectory);
    }

    public Optional<Path> dotFile(Path workingDirectory) {
        return Optional.ofNullable(dot).map(f -> inExistingDirectory("--dot", workingDirectory.resolve(f)));
    }

    public Path htmlFile(Path workingDirectory) {
        return html == null ? null : inExistingDirectory("--html", workingDirectory.resolve(html));
    }

    private static Path inExistingDirectory(String option, Path file) {
        Path directory = file.toAbsolutePath().getParent();
        if (directory != null && !Files.isDirectory(directory)) {
            throw new UsageException(option + " " + file + ": no such directory " + directory);
        }
        return file;
    }
}
