package dev.invar.tlc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One TLC run to perform. Build with {@link #builder(Path)}.
 *
 * @param spec the root module ({@code .tla} file)
 * @param config the TLC config; empty means {@code SPEC.cfg} beside the spec, as TLC does
 * @param workers worker threads; empty means {@code -workers auto}
 * @param timeout wall-clock limit, after which the child JVM and everything it started is ended
 * @param depth simulation: the depth of each behaviour
 * @param traces simulation: how many behaviours to generate
 * @param seed the random seed (simulation; also passed to model checking for reproducible runs)
 * @param continueAfterViolation TLC's {@code -continue}: keep searching after a violation
 * @param dumpDot write the state graph in Graphviz format to this file ({@code -dump dot})
 * @param heapMegabytes the child JVM's heap; empty means sized from the machine
 * @param distribution run TLC's distributed mode (server and workers) instead of one JVM
 */
public record CheckRequest(Path spec, Optional<Path> config, ModelOverrides overrides, Mode mode,
                           OptionalInt workers, Optional<Duration> timeout, OptionalInt depth, OptionalLong traces,
                           OptionalLong seed, boolean continueAfterViolation, Optional<Path> dumpDot,
                           OptionalInt heapMegabytes, List<String> extraTlcArguments,
                           Optional<Distribution> distribution) {
    public CheckRequest {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(overrides, "overrides");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(workers, "workers");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(depth, "depth");
        Objects.requireNonNull(traces, "traces");
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(dumpDot, "dumpDot");
        Objects.requireNonNull(heapMegabytes, "heapMegabytes");
        extraTlcArguments = List.copyOf(extraTlcArguments);
        Objects.requireNonNull(distribution, "distribution");
    }

    public static Builder builder(Path spec) {
        return new Builder(spec);
    }

    /** The root module's name: the spec's file name without {@code .tla}. */
    public String moduleName() {
        String name = spec.getFileName().toString();
        return name.endsWith(".tla") ? name.substring(0, name.length() - 4) : name;
    }

    /** The config TLC will read when no overrides apply. */
    public Path effectiveConfig() {
        return config.orElseGet(() -> spec.resolveSibling(moduleName() + ".cfg"));
    }

    /** The same request for another root module (e.g. a mutant of the spec, in another directory). */
    public CheckRequest withSpec(Path other) {
        return new CheckRequest(other, config, overrides, mode, workers, timeout, depth, traces, seed, continueAfterViolation,
                dumpDot, heapMegabytes, extraTlcArguments, distribution);
    }

    public Builder toBuilder() {
        Builder b = new Builder(spec);
        b.config = config;
        b.overrides = overrides;
        b.mode = mode;
        b.workers = workers;
        b.timeout = timeout;
        b.depth = depth;
        b.traces = traces;
        b.seed = seed;
        b.continueAfterViolation = continueAfterViolation;
        b.dumpDot = dumpDot;
        b.heapMegabytes = heapMegabytes;
        b.extraTlcArguments = extraTlcArguments;
        b.distribution = distribution;
        return b;
    }

    /** Builder with TLC's defaults: model checking, automatic workers, no timeout. */
    public static final class Builder {
        private final Path spec;
        private Optional<Path> config = Optional.empty();
        private ModelOverrides overrides = ModelOverrides.none();
        private Mode mode = Mode.MODEL_CHECK;
        private OptionalInt workers = OptionalInt.empty();
        private Optional<Duration> timeout = Optional.empty();
        private OptionalInt depth = OptionalInt.empty();
        private OptionalLong traces = OptionalLong.empty();
        private OptionalLong seed = OptionalLong.empty();
        private boolean continueAfterViolation;
        private Optional<Path> dumpDot = Optional.empty();
        private OptionalInt heapMegabytes = OptionalInt.empty();
        private List<String> extraTlcArguments = List.of();
        private Optional<Distribution> distribution = Optional.empty();

        private Builder(Path spec) {
            this.spec = Objects.requireNonNull(spec, "spec");
        }

        public Builder config(Path value) {
            config = Optional.ofNullable(value);
            return this;
        }

        public Builder overrides(ModelOverrides value) {
            overrides = Objects.requireNonNull(value);
            return this;
        }

        public Builder mode(Mode value) {
            mode = Objects.requireNonNull(value);
            return this;
        }

        public Builder workers(int value) {
            workers = OptionalInt.of(value);
            return this;
        }

        public Builder timeout(Duration value) {
            timeout = Optional.ofNullable(value);
            return this;
        }

        public Builder depth(int value) {
            depth = OptionalInt.of(value);
            return this;
        }

        public Builder traces(long value) {
            traces = OptionalLong.of(value);
            return this;
        }

        public Builder seed(long value) {
            seed = OptionalLong.of(value);
            return this;
        }

        public Builder continueAfterViolation(boolean value) {
            continueAfterViolation = value;
            return this;
        }

        public Builder dumpDot(Path value) {
            dumpDot = Optional.ofNullable(value);
            return this;
        }

        public Builder heapMegabytes(int value) {
            heapMegabytes = OptionalInt.of(value);
            return this;
        }

        public Builder extraTlcArguments(List<String> value) {
            extraTlcArguments = List.copyOf(value);
            return this;
        }

        public Builder distribution(Distribution value) {
            distribution = Optional.ofNullable(value);
            return this;
        }

        public CheckRequest build() {
            return new CheckRequest(spec, config, overrides, mode, workers, timeout, depth, traces, seed,
                    continueAfterViolation, dumpDot, heapMegabytes, extraTlcArguments, distribution);
        }
    }
}
