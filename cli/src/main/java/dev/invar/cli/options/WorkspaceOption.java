package dev.invar.cli.options;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Where the tutorial workspace is, for the {@code invar learn} commands. */
public final class WorkspaceOption {
    @Option(names = "--workspace", paramLabel = "DIR",
            description = "The tutorial workspace (default: the current directory, or the nearest one above it).")
    Path workspace;

    /** The directory given, resolved against the working directory; empty when none was given. */
    public Optional<Path> in(Path workingDirectory) {
        return Optional.ofNullable(workspace).map(workingDirectory::resolve);
    }
}
