package dev.invar.cli.options;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How TLC runs: its flags as TLC users know them, and which TLA+ tools jar. */
public final class TlcOptions {
    @Option(names = "--workers", paramLabel = "N|auto", defaultValue = "auto",
            description = "TLC worker threads (default: ${DEFAULT-VALUE}, one per core).")
    String workers;

    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "Stop TLC after this long, e.g. 90s, 10m, 2h (exit 255, never success).")
    String timeout;

    @Option(names = "--tla-tools", paramLabel = "JAR",
            description = "A tla2tools.jar to run instead of the bundled TLC 2.18 (also: INVAR_TLA_TOOLS).")
    Path tlaTools;

    @Option(names = "--heap", paramLabel = "MB", description = "Heap of TLC's JVM in MiB (default: half the machine's memory).")
    Integer heapMegabytes;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed: of simulation, and of TLC's random choices "
            + "(the sample of type-correct states prove and check-inductive draw, and the reachable states they look next to; the same "
            + "seed draws the same sample). Also picks TLC's fingerprint polynomial (-fp).")
    Long seed;

    /** @param workingDirectory relative paths (the option, INVAR_TLA_TOOLS) are resolved against it */
    public TlcRunner runner(Map<String, String> environment, Path workingDirectory) {
        return TlcRunner.create(options(environment, workingDirectory));
    }

    /**
     * A runner for commands that run TLC many times on one spec (prove, draft): TLC stays loaded in
     * resident JVMs between runs.
     */
    public TlcRunner residentRunner(Map<String, String> environment, Path workingDirectory) {
        return TlcRunner.create(options(environment, workingDirectory).withResidentTlc());
    }

    private RunnerOptions options(Map<String, String> environment, Path workingDirectory) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.computeIfPresent(TlaTools.ENVIRONMENT_VARIABLE, (k, v) -> v.isBlank() ? v : workingDirectory.resolve(v).toString());
        return RunnerOptions.defaults(TlaTools.resolve(Optional.ofNullable(tlaTools).map(workingDirectory::resolve), env));
    }

    public void applyTo(CheckRequest.Builder request) {
        if (!"auto".equalsIgnoreCase(workers)) {
            request.workers(Arguments.positiveInt("--workers", workers));
        }
        if (timeout != null) {
            request.timeout(Arguments.duration("--timeout", timeout));
        }
        if (heapMegabytes != null) {
            request.heapMegabytes(Arguments.positiveInt("--heap", heapMegabytes.toString()));
        }
        if (seed != null) {
            request.seed(seed);
        }
    }

    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout).map(t -> Arguments.duration("--timeout", t));
    }
}
