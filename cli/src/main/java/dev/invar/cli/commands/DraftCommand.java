package dev.invar.cli.commands;

import dev.invar.assistant.Assistant;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.Drafter;
import dev.invar.assistant.llm.LlmDrafter;
import dev.invar.assistant.llm.LlmUsage;
import dev.invar.assistant.llm.ModelCheckerAccess;
import dev.invar.cli.llm.ChatModels;
import dev.invar.cli.llm.LlmOptions;
import dev.invar.assistant.InvariantModule;
import dev.invar.assistant.builtin.BuiltinDrafter;
import dev.invar.assistant.prove.ReachableClauses;
import dev.invar.assistant.vetting.VettedCandidate;
import dev.invar.cli.Console;
import dev.invar.cli.SpecTarget;
import dev.invar.cli.UsageException;
import dev.invar.cli.options.Arguments;
import dev.invar.cli.options.ModelOptions;
import dev.invar.cli.options.SpecSelection;
import dev.invar.cli.options.TlcOptions;
import dev.invar.cli.render.DraftJson;
import dev.invar.cli.render.DraftTable;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code invar draft}: propose invariants for a spec and show only what survived mechanical checks. */
@Command(name = "draft", mixinStandardHelpOptions = true,
        description = "Draft invariants for a spec and check every draft with TLC: it must hold on every reachable state, "
                + "say more than TypeOK, not be vacuous and not follow from a stronger one.",
        footerHeading = "%nExamples:%n",
        footer = {"  invar draft two-phase-commit", "  invar draft Spec.tla --const N=2 --max 500 --write",
                "  invar draft Spec.tla --llm openai:gpt-4o --rounds 3      (key from OPENAI_API_KEY)",
                "  invar draft Spec.tla --llm ollama:llama3.1:8b --llm-base-url http://localhost:11434",
                "  invar draft two-phase-commit --json > drafts.json", "",
                "Exit codes: 0 when a draft was accepted, 1 when none was, 2 usage error.", ""})
public final class DraftCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Mixin
    private SpecSelection selection;

    @Mixin
    private ModelOptions model;

    @Mixin
    private TlcOptions tlc;

    @Mixin
    private LlmOptions llm;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "With --llm: rounds of drafting, each told which drafts were refuted and how (default: ${DEFAULT-VALUE}).")
    private String rounds;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "200000",
            description = "With --llm: token budget for all rounds (default: ${DEFAULT-VALUE}).")
    private String maxTokens;

    @Option(names = "--max", paramLabel = "N", defaultValue = "400", description = "At most N drafts (default: ${DEFAULT-VALUE}).")
    private String max;

    @Option(names = "--all", description = "Also list the drafts that did not survive, with the reason.")
    private boolean all;

    @Option(names = "--llm-tools", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "With --llm: offer the model the checker as tools (parse, checkCandidate, simulate);"
                    + " --no-llm-tools for servers or models that cannot call tools (default: offered).")
    private boolean llmTools;

    @Option(names = "--json", description = "Print the report as JSON (schema: docs/draft-schema.json).")
    private boolean json;

    @Option(names = "--write", description = "Write <Spec>_Invariants.tla and a cfg beside the spec (or in -o DIR).")
    private boolean write;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where --write puts its files.")
    private Path output;

    @Override
    public Integer call() {
        Console console = root.console();
        try (SpecTarget spec = selection.resolve(console)) {
            CheckRequest.Builder request = model.request(spec, console.workingDirectory());
            tlc.applyTo(request);
            CheckRequest built = request.build();
            TlcRunner runner = tlc.residentRunner(console.environment(), console.workingDirectory());
            // A model that can call tools may check its own drafts before answering; untrusted calls are sanitised.
            Optional<LlmDrafter> model = llm.drafter(console.environment(), ChatModels.DEFAULT_REQUEST_TIMEOUT)
                    .map(d -> llmTools ? d.withChecker(new ModelCheckerAccess(runner, built,
                            Assistant.context(built).variables())) : d);
            // Offline, the drafts include every short clause of the grammar prove would infer that holds on the model.
            Drafter drafter = model.<Drafter>map(d -> d).orElseGet(() -> new BuiltinDrafter(context -> ReachableClauses.of(runner,
                    built, context.typeOk().isPresent() ? "TypeOK" : "", 2, Arguments.positiveInt("--max", max))));
            DraftBudget budget = new DraftBudget(Arguments.positiveInt("--max", max),
                    Arguments.positiveInt("--max-tokens", maxTokens), Duration.ofMinutes(10));
            Assistant.DraftReport report = new Assistant(runner)
                    .draft(built, drafter, budget, Arguments.positiveInt("--rounds", rounds));
            Optional<LlmUsage> usage = model.map(LlmDrafter::usage);
            if (json) {
                console.out().println(DraftJson.render(built, report, usage));
            } else {
                DraftTable.render(report, all, usage, console.out());
            }
            if (write) {
                Path dir = spec.outputDirectory(Optional.ofNullable(output), console.workingDirectory());
                write(dir, built, report.vetting().accepted(), report.vetting().model(), console, json);
            }
            return report.vetting().accepted().isEmpty() ? 1 : 0;
        }
    }

    private static void write(Path dir, CheckRequest model, List<VettedCandidate> accepted, String constants, Console console,
                              boolean json) {
        String spec = model.moduleName();
        try {
            Files.createDirectories(dir);
            Path module = dir.resolve(InvariantModule.moduleName(spec) + ".tla");
            Path config = dir.resolve(InvariantModule.moduleName(spec) + ".cfg");
            Files.writeString(module, InvariantModule.module(spec, accepted, constants));
            String base = Files.exists(model.effectiveConfig()) ? Files.readString(model.effectiveConfig()) : "";
            Files.writeString(config, InvariantModule.config(TlcConfig.parse(base, model.effectiveConfig().toString()).toText(), accepted));
            (json ? console.err() : console.out()).println("Wrote " + module + " and " + config + " (the spec itself is not edited).");
        } catch (IOException e) {
            throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
        }
    }
}
