package dev.invar.cli.options;

import dev.invar.cli.Console;
import dev.invar.cli.SpecTarget;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The spec a command works on: a root module, or a library protocol and which of its models. */
public final class SpecSelection {
    @Parameters(index = "0", paramLabel = "SPEC|ID", description = "The root module, or a library protocol id (invar list).")
    private String target;

    @Option(names = "--model", paramLabel = "NAME", description = "Library protocol: which model (default: small).")
    private String libraryModel;

    /** The spec and its config, copied out of the library when it is a protocol id; close it when done. */
    public SpecTarget resolve(Console console) {
        return SpecTarget.resolve(target, Optional.ofNullable(libraryModel), Optional.empty(), console);
    }
}
