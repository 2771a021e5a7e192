package dev.invar.cli.options;

import dev.invar.cli.SpecTarget;
import dev.invar.cli.UsageException;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModelOverrides;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The model to check: a config file, or its parts given on the command line. */
public final class ModelOptions {
    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Option(names = {"-c", "--config"}, paramLabel = "CFG",
            description = "TLC model config (default: SPEC.cfg beside the spec, as TLC does).")
    public Path config;

    @Option(names = "--const", paramLabel = "NAME=VALUE",
            description = "Set a constant, e.g. N=3 or Procs={p1,p2} (bare names in sets are model values).")
    List<String> constants = new ArrayList<>();

    @Option(names = "--inv", paramLabel = "EXPR", description = "Check an invariant: an operator name or a TLA+ expression.")
    List<String> invariants = new ArrayList<>();

    @Option(names = "--prop", paramLabel = "EXPR", description = "Check a temporal property: a name or a formula.")
    List<String> properties = new ArrayList<>();

    @Option(names = "--init", paramLabel = "EXPR", description = "Initial predicate (instead of the config's).")
    String init;

    @Option(names = "--next", paramLabel = "EXPR", description = "Next-state relation (instead of the config's).")
    String next;

    @Option(names = "--spec", paramLabel = "EXPR", description = "Behaviour spec, e.g. Spec or FairSpec.")
    String specification;

    @Option(names = "--deadlock", negatable = true,
            description = "Report deadlocks (TLC's default); --no-deadlock does not.")
    Boolean deadlock;

    /**
     * A request for the target with this model: the target's own config (a library model's), unless
     * {@code --config} names another; relative paths are resolved against {@code workingDirectory}.
     */
    public CheckRequest.Builder request(SpecTarget target, Path workingDirectory) {
        CheckRequest.Builder builder = CheckRequest.builder(target.spec()).overrides(overrides());
        target.config().ifPresent(builder::config);
        if (config != null) {
            builder.config(workingDirectory.resolve(config));
        }
        return builder;
    }

    public ModelOverrides overrides() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String c : constants) {
            int eq = c.indexOf('=');
            String name = eq < 0 ? "" : c.substring(0, eq).strip();
            String value = eq < 0 ? "" : c.substring(eq + 1).strip();
            if (!CONSTANT_NAME.matcher(name).matches() || value.isEmpty()) {
                throw new UsageException("--const takes NAME=VALUE such as N=3 or Procs={p1,p2}, not '" + c + "'");
            }
            values.put(name, value);
        }
        List<String> blank = new ArrayList<>(invariants);
        blank.addAll(properties);
        if (blank.stream().anyMatch(String::isBlank)) {
            throw new UsageException("--inv and --prop take a name or an expression, not an empty string");
        }
        return new ModelOverrides(values, invariants, properties, Optional.ofNullable(init), Optional.ofNullable(next),
                Optional.ofNullable(specification), Optional.ofNullable(deadlock));
    }
}
