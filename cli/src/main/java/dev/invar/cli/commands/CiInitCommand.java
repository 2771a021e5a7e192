package dev.invar.cli.commands;

import dev.invar.ci.CiInit;
import dev.invar.ci.CiModel;
import dev.invar.ci.CiProject;
import dev.invar.cli.Console;
import dev.invar.cli.UsageException;
import dev.invar.cli.options.Arguments;
import dev.invar.cli.options.TlcOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code invar ci init}: discover .tla/.cfg pairs, check each once, write invar.json with what was measured. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write invar.json for the .tla/.cfg pairs below the project root, with the verdicts and state counts TLC measures now.")
public final class CiInitCommand implements Callable<Integer> {
    @ParentCommand
    private CiCommand ci;

    @Option(names = "--force", description = "Replace an existing invar.json.")
    private boolean force;

    @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "5m",
            description = "Time to give each model while measuring (default: ${DEFAULT-VALUE}).")
    private String budget;

    @Mixin
    private TlcOptions tlc;

    @Override
    public Integer call() {
        Console console = ci.console();
        Path dir = ci.projectDirectory();
        Path file = dir.resolve(CiProject.FILE_NAME);
        if (Files.exists(file) && !force) {
            throw new UsageException(file + " exists; pass --force to replace it");
        }
        CiProject project = new CiInit(tlc.runner(console.environment(), console.workingDirectory()))
                .discover(dir, Arguments.duration("--budget", budget));
        if (project.models().isEmpty()) {
            throw new UsageException("no .tla file with a .cfg beside it below " + dir);
        }
        project.write(file);
        for (CiModel m : project.models()) {
            console.out().println("  " + m.name() + ": expects " + m.expect()
                    + (m.distinctStates().min().isPresent() ? ", at least " + m.distinctStates().min().getAsLong() + " distinct states" : ""));
        }
        console.out().println("Wrote " + file + " with " + project.models().size() + " models. Review the expectations, then run: invar ci");
        console.out().flush();
        return 0;
    }
}
