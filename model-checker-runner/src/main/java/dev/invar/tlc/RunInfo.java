package dev.invar.tlc;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a run went, independent of what it found.
 *
 * @param tlcVersion the version line TLC printed, e.g. {@code "2.18 of 20 March 2023"}
 * @param exitCode the child JVM's exit code; empty when it had to be killed
 * @param wallTime from process start to the end of its output
 * @param commandLine the exact command that was run
 * @param model the config TLC ran with as Invar read it (constants, invariants, properties), when readable
 * @param generatedFiles the text of the wrapper module and config Invar generated for this run, if any
 *                       (the files themselves are deleted with the run directory)
 */
public record RunInfo(Mode mode, Optional<String> tlcVersion, OptionalInt exitCode, Duration wallTime,
                      List<String> commandLine, Optional<TlcConfig> model, List<String> generatedFiles) {
    public RunInfo {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(tlcVersion, "tlcVersion");
        Objects.requireNonNull(exitCode, "exitCode");
        Objects.requireNonNull(wallTime, "wallTime");
        commandLine = List.copyOf(commandLine);
        Objects.requireNonNull(model, "model");
        generatedFiles = List.copyOf(generatedFiles);
    }
}
