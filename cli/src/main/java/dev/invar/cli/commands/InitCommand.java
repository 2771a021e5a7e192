package dev.invar.cli.commands;

import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code invar init ID DIR}: copy a library protocol into a directory to edit and check. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Copy a library protocol (spec, models, seeded bugs, README) into a directory of your own.",
        footerHeading = "%nExamples:%n", footer = {"  invar init two-phase-commit my-2pc && invar check my-2pc/TwoPhase.tla", ""})
public final class InitCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Parameters(index = "0", paramLabel = "ID", description = "A protocol id (invar list).")
    private String id;

    @Parameters(index = "1", paramLabel = "DIR", description = "Where to copy it; existing files are never overwritten.")
    private Path directory;

    @Override
    public Integer call() {
        SpecLibrary library = SpecLibrary.bundled();
        Protocol p = library.get(id);
        Path target = library.materialize(p, root.console().workingDirectory().resolve(directory));
        root.console().out().println("Copied " + library.files(p).size() + " files of " + p.id() + " to " + directory + ".");
        root.console().out().println("Check it: invar check " + directory.resolve(p.mainModule() + ".tla"));
        root.console().out().flush();
        return target == null ? 1 : 0;
    }
}
