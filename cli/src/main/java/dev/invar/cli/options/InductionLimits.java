package dev.invar.cli.options;

import dev.invar.assistant.prove.InductionOptions;
import picocli.CommandLine.Option;

/** How an inductive check enumerates or samples the type-correct states ({@code prove}, {@code check-inductive}). */
public final class InductionLimits {
    @Option(names = "--typeok", paramLabel = "NAME", defaultValue = "TypeOK",
            description = "The type invariant whose conjuncts (v \\in S) give the states to check (default: ${DEFAULT-VALUE}).")
    public String typeOk;

    @Option(names = "--exhaustive-limit", paramLabel = "N", defaultValue = "2000000",
            description = "Enumerate every type-correct state up to N of them; sample above (default: ${DEFAULT-VALUE}).")
    private String exhaustiveLimit;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "300000",
            description = "About how many type-correct states a sampled check draws (default: ${DEFAULT-VALUE}).")
    private String samples;

    public InductionOptions options() {
        return new InductionOptions(Arguments.positiveInt("--exhaustive-limit", exhaustiveLimit),
                Arguments.positiveInt("--samples", samples), InductionOptions.defaults().maxCounterexamples());
    }
}
