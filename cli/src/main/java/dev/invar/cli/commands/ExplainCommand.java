package dev.invar.cli.commands;

import com.fasterxml.jackson.databind.JsonNode;
import dev.invar.assistant.explain.Counterexample;
import dev.invar.assistant.explain.Explainer;
import dev.invar.assistant.explain.Narration;
import dev.invar.assistant.explain.Narrator;
import dev.invar.assistant.explain.Summary;
import dev.invar.cli.Console;
import dev.invar.cli.ExitCodes;
import dev.invar.cli.SpecTarget;
import dev.invar.cli.UsageException;
import dev.invar.cli.llm.ChatModels;
import dev.invar.cli.llm.ChosenModel;
import dev.invar.cli.llm.LlmOptions;
import dev.invar.cli.options.ModelOptions;
import dev.invar.cli.options.TlcOptions;
import dev.invar.cli.render.Claim;
import dev.invar.cli.render.ExplanationText;
import dev.invar.cli.render.SavedCounterexample;
import dev.invar.cli.render.html.SavedResult;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.TlcRunner;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code invar explain}: a counterexample, step by step, and which conjunct of the property failed. */
@Command(name = "explain",
        mixinStandardHelpOptions = true,
        description = "Explain a counterexample: which action fired at each step, which variables it changed, and which "
                + "conjunct of the violated property is false in the last state (evaluated by TLC). With --llm, a "
                + "language model also tells the story in plain English.",
        footerHeading = "%nExamples:%n",
        footer = {"  invar check two-phase-commit --variant early-commit --json > result.json",
                "  invar explain result.json",
                "  invar explain two-phase-commit --variant early-commit   (checks first)",
                "  invar explain Spec.tla --const N=3 --llm openai:gpt-4o",
                "",
                "Exit codes are those of invar check for the result explained: an explained",
                "violation is still one (12 invariant, 11 deadlock, 13 liveness). 0 only when",
                "there was nothing to explain; 2 usage error; 255 when the LLM fails.",
                ""})
public final class ExplainCommand implements Callable<Integer> {
    @ParentCommand
    private InvarCommand root;

    @Parameters(index = "0", paramLabel = "RESULT.json|SPEC|ID",
            description = "A result saved with invar check --json, or a spec or library protocol to check first.")
    private String target;

    @Option(names = "--model", paramLabel = "NAME", description = "Library protocol: which model (default: small).")
    private String libraryModel;

    @Option(names = "--variant", paramLabel = "NAME", description = "Library protocol: explain a seeded-bug variant.")
    private String libraryVariant;

    @Mixin
    private ModelOptions model;

    @Mixin
    private TlcOptions tlc;

    @Mixin
    private LlmOptions llm;

    @Override
    public Integer call() {
        Console console = root.console();
        Optional<ChosenModel> chosen = llm.model(console.environment(), ChatModels.DEFAULT_REQUEST_TIMEOUT);
        TlcRunner runner = tlc.runner(console.environment(), console.workingDirectory());
        Path saved = console.workingDirectory().resolve(target);
        if (target.endsWith(".json")) {
            if (libraryModel != null || libraryVariant != null || model.config != null
                    || model.overrides().needsGeneratedModel()) {
                throw new UsageException(target + " is explained as it was saved: --model, --variant and the model"
                        + " options apply to a SPEC or ID, which is checked first");
            }
            JsonNode doc = SavedResult.read(saved);
            int code = doc.path("exitCode").asInt(ExitCodes.OTHER);
            return explain(SavedCounterexample.of(doc, saved), doc.path("claim").asText(), code, runner, chosen, console);
        }
        try (SpecTarget spec = SpecTarget.resolve(target, Optional.ofNullable(libraryModel),
                Optional.ofNullable(libraryVariant), console)) {
            CheckRequest.Builder request = model.request(spec, console.workingDirectory());
            tlc.applyTo(request);
            CheckRequest built = request.build();
            CheckResult result = runner.check(built);
            return explain(Counterexample.of(result, built), Claim.of(result), ExitCodes.of(result), runner, chosen,
                    console);
        }
    }

    private static int explain(Optional<Counterexample> found, String claim, int code, TlcRunner runner,
                               Optional<ChosenModel> chosen, Console console) {
        if (found.isEmpty()) {
            console.out().println("Nothing to explain: " + claim);
            return code;
        }
        Summary summary = new Explainer(runner).summarize(found.get());
        String text = ExplanationText.render(claim, summary);
        console.out().print(text);
        console.out().flush();
        if (chosen.isPresent()) {
            Narration story = new Narrator(chosen.get().name(), chosen.get().chatModel()).narrate(summary, text);
            console.out().println();
            console.out().println("In plain English, by " + story.model() + " (a language model's reading; the facts above are TLC's):");
            console.out().println(story.text());
            console.out().println("LLM use: 1 request, " + story.inputTokens() + " input and " + story.outputTokens()
                    + " output tokens.");
        }
        return code;
    }
}
