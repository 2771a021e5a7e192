package dev.invar.tlc.internal;

import dev.invar.tlc.Mode;
import dev.invar.tlc.TlcConfig;
import java.util.Optional;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/** How the child JVM ended, as the supervisor saw it. */
public record ProcessOutcome(Mode mode, OptionalInt exitCode, boolean timedOut, boolean cancelled, Duration wallTime,
                             List<String> commandLine, Optional<TlcConfig> model, List<String> generatedFiles) {
    public ProcessOutcome {
        commandLine = List.copyOf(commandLine);
        generatedFiles = List.copyOf(generatedFiles);
    }

    /** For recorded output: a run that exited with the given code. */
    public static ProcessOutcome exited(Mode mode, int exitCode) {
        return new ProcessOutcome(mode, OptionalInt.of(exitCode), false, false, Duration.ZERO, List.of(), Optional.empty(), List.of());
    }
}
