package dev.invar.cli.commands;

import dev.invar.assistant.Assistant;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.llm.LlmLemmaSource;
import dev.invar.assistant.prove.InductionOptions;
import dev.invar.assistant.prove.PredicateGrammar;
import dev.invar.assistant.prove.LemmaSource;
import dev.invar.assistant.prove.ProofModule;
import dev.invar.assistant.prove.ProofSearch;
import dev.invar.assistant.prove.Prover;
import dev.invar.assistant.prove.Tlapm;
import dev.invar.cli.Console;
import dev.invar.cli.ExitCodes;
import dev.invar.cli.SpecTarget;
import dev.invar.cli.UsageException;
import dev.invar.cli.llm.ChatModels;
import dev.invar.cli.llm.LlmOptions;
import dev.invar.cli.options.Arguments;
import dev.invar.cli.options.InductionLimits;
import dev.invar.cli.options.ModelOptions;
import dev.invar.cli.options.ReportFormat;
import dev.invar.cli.options.SpecSelection;
import dev.invar.cli.options.TlcOptions;
import dev.invar.cli.render.ProofReport;
import dev.invar.cli.render.RoundLine;
import dev.invar.cli.render.Style;
import dev.invar.cli.render.TextReport;
import dev.invar.tlc.CheckRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code invar prove}: find lemmas that make a safety property inductive, and write a TLAPS proof skeleton. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = {"Search for an inductive invariant that implies SAFETY: repeatedly find counterexamples to induction "
                + "with TLC and rule them out with lemmas that hold on every reachable state, drawn from a predicate grammar "
                + "inferred from the spec (or given in Endive's config.json format). Then write <Spec>_IndProof.tla: the "
                + "lemmas, IndInv, and a TLAPS proof skeleton, checked with tlapm when it is on the PATH.",
                "What TLC establishes is about the model's instance only: \"inductive on instance X, exhaustively\" or "
                        + "\"no counterexample in N samples\". Only tlapm proves."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0    an invariant with no counterexample to induction was found (the output says on which instance, how)",
                "  1    none found: a counterexample no candidate rules out, or the budget ran out",
                "  12   SAFETY is violated in the model itself", "  2    usage error · 255 TLC could not evaluate the spec",
                "", "Examples:", "  invar prove two-phase-commit", "  invar prove Lock.tla --safety MutualExclusion -o proofs/",
                "  invar prove Spec.tla --grammar config.json      Endive-format predicates",
                "  invar prove Spec.tla --llm openai:gpt-4o        a model proposes lemmas when the grammar has none left", ""})
public final class ProveCommand implements Callable<Integer> {
    /** Lemmas asked of the model at a time: a few sharp ones; each is checked by TLC. */
    private static final int LEMMAS_PER_REQUEST = 8;

    @ParentCommand
    private InvarCommand root;

    @Mixin
    private SpecSelection selection;

    @Option(names = "--safety", paramLabel = "EXPR",
            description = "The property to make inductive (default: the model's invariants other than the type invariant).")
    private String safety;

    @Option(names = "--grammar", paramLabel = "FILE", description = "Predicates in Endive's config.json format (preds, quant_inv).")
    private Path grammar;

    @Option(names = "--max-literals", paramLabel = "N",
            description = "Lemmas are disjunctions of up to N literals, 1 to 4 (default: the grammar file's "
                    + "max_num_conjuncts_per_kind, or 3 with an inferred grammar, widened one at a time to 4 when the search is stuck).")
    private String maxLiterals;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "40", description = "At most N rounds (default: ${DEFAULT-VALUE}).")
    private String rounds;

    @Option(names = "--max-candidates", paramLabel = "N", defaultValue = "200000",
            description = "At most N candidate lemmas (default: ${DEFAULT-VALUE}).")
    private String maxCandidates;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "10m",
            description = "Stop searching after this long (default: ${DEFAULT-VALUE}).")
    private String timeLimit;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where to write <Spec>_IndProof.tla (default: beside the spec).")
    private Path output;

    @Mixin
    private ReportFormat format;

    @Mixin
    private ModelOptions model;

    @Mixin
    private TlcOptions tlc;

    @Mixin
    private InductionLimits limits;

    @Mixin
    private LlmOptions llm;

    @Option(names = "--max-tokens", paramLabel = "N", defaultValue = "200000",
            description = "With --llm: token budget for all requests to the model (default: ${DEFAULT-VALUE}).")
    private String maxTokens;

    @Override
    public Integer call() {
        Console console = root.console();
        Optional<Path> grammarFile = Optional.ofNullable(grammar).map(g -> console.workingDirectory().resolve(g));
        grammarFile.filter(g -> !Files.isReadable(g)).ifPresent(g -> {
            throw new UsageException("--grammar: cannot read " + g);
        });
        try (SpecTarget spec = selection.resolve(console)) {
            CheckRequest.Builder builder = model.request(spec, console.workingDirectory());
            tlc.applyTo(builder);
            Duration limit = Arguments.duration("--time-limit", timeLimit);
            CheckRequest built = builder.build();
            // No single TLC run may outlast the whole search.
            CheckRequest request = built.timeout().isPresent() ? built : built.toBuilder().timeout(limit).build();
            InductionOptions options = limits.options();
            Prover prover = new Prover(tlc.residentRunner(console.environment(), console.workingDirectory()));
            // The model is asked only when the grammar has no lemma left that rules out a counterexample to induction.
            Optional<LlmLemmaSource> lemmaSource = llm.drafter(console.environment(), ChatModels.DEFAULT_REQUEST_TIMEOUT)
                    .map(d -> new LlmLemmaSource(d, Assistant.context(request), new DraftBudget(LEMMAS_PER_REQUEST,
                            Arguments.positiveInt("--max-tokens", maxTokens), limit)));
            ProofSearch search = prover.prove(request, new Prover.Goal(Optional.ofNullable(safety), limits.typeOk, grammarFile,
                    Optional.ofNullable(maxLiterals).map(n -> Arguments.intBetween("--max-literals", n, 1, PredicateGrammar.MAX_LITERALS)),
                    Arguments.positiveInt("--rounds", rounds),
                    Arguments.positiveInt("--max-candidates", maxCandidates), limit, options,
                    lemmaSource.map(source -> (LemmaSource) source)), new RoundLine(console.err()));
            Optional<Path> written = Optional.empty();
            String tlapm = "not run: no inductive invariant";
            if (search.status() == ProofSearch.Status.INDUCTIVE) {
                Path dir = spec.outputDirectory(Optional.ofNullable(output), console.workingDirectory());
                written = Optional.of(write(dir, ProofModule.moduleName(request.moduleName()), prover.proofModule(request, search)));
                Path specDirectory = spec.spec().getParent();
                tlapm = Tlapm.find(console.environment())
                        .map(t -> Tlapm.check(t, dir.resolve(ProofModule.moduleName(request.moduleName()) + ".tla"), specDirectory, Duration.ofMinutes(10)))
                        .orElse("tlapm is not on the PATH: the proof skeleton was not checked; nothing is proved");
            }
            ProofModule.Names names = prover.names(request, search);
            if (format.json) {
                console.out().println(ProofReport.json(search, names, written.map(Path::toString), tlapm, lemmaSource));
                console.out().flush();
            } else {
                Style style = format.style(console);
                ProofReport.text(search, names, lemmaSource, style, new TextReport(style, false, spec.displayBase()), console.out());
                written.ifPresent(w -> console.out().println("Wrote " + w + " (the spec itself is not edited"
                        + (dev.invar.tlc.ModuleOutline.missingExtends(w).contains(request.moduleName())
                                ? "; it EXTENDS " + request.moduleName() + ", so TLC reads it only beside " + request.moduleName() + ".tla"
                                : "") + ")."));
                if (search.status() == ProofSearch.Status.INDUCTIVE) {
                    console.out().println(tlapm + ".");
                }
                console.out().flush();
            }
            return switch (search.status()) {
                case INDUCTIVE -> ExitCodes.OK;
                case SAFETY_VIOLATED -> ExitCodes.SAFETY;
                case STUCK, OUT_OF_BUDGET -> 1;
                case FAILED -> ExitCodes.OTHER;
            };
        }
    }

    private static Path write(Path dir, String module, String text) {
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve(module + ".tla"), text);
        } catch (IOException e) {
            throw new UsageException("cannot write to " + dir + ": " + e.getMessage());
        }
    }
}
