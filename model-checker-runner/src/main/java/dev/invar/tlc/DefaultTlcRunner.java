package dev.invar.tlc;

import dev.invar.tlc.internal.ChildProcess;
import dev.invar.tlc.internal.ConfigErrorLocator;
import dev.invar.tlc.internal.DistributedWorkers;
import dev.invar.tlc.internal.EventTranslator;
import dev.invar.tlc.internal.GeneratedModel;
import dev.invar.tlc.internal.HeapSizing;
import dev.invar.tlc.internal.ProcessOutcome;
import dev.invar.tlc.internal.ResidentTlcPool;
import dev.invar.tlc.internal.ResultAssembler;
import dev.invar.tlc.internal.RunDirectory;
import dev.invar.tlc.internal.TlcCommandLine;
import dev.invar.tlc.internal.ToolMessageParser;
import dev.invar.tlc.internal.WrapperErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The runner: prepares the model, starts one TLC child JVM, and assembles the result. */
final class DefaultTlcRunner implements TlcRunner {
    /** All a TLC child needs of an environment; nothing of the user's (API keys included) is passed on. */
    private static final Map<String, String> CHILD_ENVIRONMENT = Map.of("PATH", "/usr/local/bin:/usr/bin:/bin",
            "LANG", "C.UTF-8");

    /** TLC's distributed server says it is ready for workers. */
    private static final int SERVER_READY = 7000;

    private final RunnerOptions options;

    DefaultTlcRunner(RunnerOptions options) {
        this.options = options;
    }

    Path workDirectory() {
        return options.workDirectory();
    }

    @Override
    public TlaTools tools() {
        return options.tools();
    }

    @Override
    public CheckResult check(CheckRequest request, TlcListener listener) {
        Path spec = readableFile(request.spec(), "spec");
        try (RunDirectory dir = RunDirectory.create(options.workDirectory())) {
            Model model;
            try {
                model = prepare(request, spec, dir);
            } catch (ConfigSyntaxException e) {
                Diagnostic d = new Diagnostic(Verdict.CONFIG_ERROR, 0, e.problem(),
                        Optional.of(new SourceLocation(e.file(), e.line(), e.column(), e.line(), e.column(),
                                Optional.of(Path.of(e.file())))));
                return CheckResult.failed(Verdict.CONFIG_ERROR, List.of(d), Stats.none(java.time.Duration.ZERO),
                        new RunInfo(request.mode(), Optional.empty(), java.util.OptionalInt.empty(),
                                java.time.Duration.ZERO, List.of(), Optional.empty(), List.of()));
            }
            return execute(request, spec, model, dir, listener);
        }
    }

    @Override
    public PredicateEvaluation evaluate(CheckRequest request, List<String> predicates) {
        return new PredicatePass(this, request, readableFile(request.spec(), "spec")).evaluate(predicates);
    }

    @Override
    public InductionProbe probeInduction(CheckRequest request, InductionQuery query) {
        return new InductionPass(this, request, readableFile(request.spec(), "spec")).probe(query);
    }

    @Override
    public StateFeatures collect(CheckRequest request, List<String> definitions, String expression, List<String> invariants,
                                 boolean upToSymmetry) {
        Path spec = readableFile(request.spec(), "spec");
        TlcConfig base = modelConfig(request);
        String init = request.overrides().init().or(base::init).orElse("Init");
        String next = request.overrides().next().or(base::next).orElse("Next");
        List<String> texts = new ArrayList<>(definitions);
        texts.add(expression);
        texts.addAll(invariants);
        texts.add(init);
        texts.add(next);
        List<String> symmetric = upToSymmetry ? dev.invar.tlc.internal.SymmetricSets.of(base, ModuleOutline.read(spec), texts) : List.of();
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        Function<List<String>, FeaturePass> pass = defined -> {
            runs.incrementAndGet();
            dev.invar.tlc.internal.FeatureModule module = dev.invar.tlc.internal.FeatureModule.build(request.moduleName(), base, init,
                    next, defined, expression, invariants, symmetric);
            return new FeaturePass(module, defined.size(), runGenerated(request, spec, module.moduleName(), module.moduleText(),
                    module.configText(), FeatureMarks::new));
        };
        FeaturePass all = pass.apply(definitions);
        // A definition TLC cannot evaluate, where TLC names no line of it, is found by halving, the others made harmless.
        Optional<Integer> failed = !all.outcome().unlocated() ? all.outcome().culprit() : Halving.culprit(
                java.util.stream.IntStream.range(0, definitions.size()).boxed().toList(),
                some -> pass.apply(harmlessBut(definitions, some)).outcome());
        return new StateFeatures(all.generated().marks().seen,
                WrapperErrors.inModule(all.generated().run(), all.module().moduleName(), all.module().given()), failed, runs.get());
    }

    /** One pass of a feature module; its outcome names the definition TLC names, if it names one. */
    private record FeaturePass(dev.invar.tlc.internal.FeatureModule module, int definitions, Generated<FeatureMarks> generated) {
        Halving.Outcome outcome() {
            CheckResult run = generated.run();
            return Halving.Outcome.of(run, () -> failingLine(run, module.moduleName(), module.firstDefinitionLine(), definitions));
        }
    }

    /** The definitions with every one but {@code kept} made TRUE: Boolean operators whose evaluation cannot fail. */
    private static List<String> harmlessBut(List<String> definitions, List<Integer> kept) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            String d = definitions.get(i);
            int body = d.indexOf("==");
            result.add(kept.contains(i) || body < 0 ? d : d.substring(0, body) + "== TRUE");
        }
        return result;
    }

    /** The distinct elements the feature module printed (see {@link dev.invar.tlc.internal.FeatureModule}). */
    private static final class FeatureMarks implements TlcListener {
        final java.util.Set<TlaValue> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

        @Override
        public void onEvent(TlcEvent event) {
            dev.invar.tlc.internal.PrintedMark.read(event)
                    .filter(m -> m.size() == 2 && dev.invar.tlc.internal.PrintedMark.tagged(m, dev.invar.tlc.internal.FeatureModule.MARK)
                            && m.get(1) instanceof TlaValue.SetValue)
                    .ifPresent(m -> seen.addAll(((TlaValue.SetValue) m.get(1)).elements()));
        }
    }

    @Override
    public List<Optional<TlaValue>> evaluateConstants(CheckRequest request, List<String> expressions) {
        Path spec = readableFile(request.spec(), "spec");
        String name = "InvarConst_" + request.moduleName();
        StringBuilder module = new StringBuilder("---- MODULE " + name + " ----\n\\* Generated by Invar.\nEXTENDS "
                + request.moduleName() + ", TLC, FiniteSets\n");
        for (int i = 0; i < expressions.size(); i++) {
            module.append("ASSUME PrintT(ToString(<<\"invar-const\", ").append(i).append(", ")
                    .append(expressions.get(i).replace('\n', ' ')).append(">>))\n");
        }
        // TLC insists that INIT and NEXT are not constant-level; FALSE first means no state is ever built.
        String variable = ModuleOutline.read(spec).variables().stream().findFirst().orElse("TRUE");
        module.append("InvarNoInit == FALSE /\\ ").append(variable).append(" = ").append(variable).append('\n');
        module.append("InvarNoNext == FALSE /\\ UNCHANGED ").append(variable).append("\n====\n");
        TlcConfig base = modelConfig(request);
        TlcConfig config = new TlcConfig(base.constants(), Optional.of("InvarNoInit"), Optional.of("InvarNoNext"),
                Optional.empty(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(false));
        Map<Integer, TlaValue> values = runGenerated(request.toBuilder().workers(1).build(), spec, name, module.toString(),
                config.toText(), ConstantMarks::new).marks().values;
        List<Optional<TlaValue>> result = new ArrayList<>();
        for (int i = 0; i < expressions.size(); i++) {
            result.add(Optional.ofNullable(values.get(i)));
        }
        return result;
    }

    /** The constant values the constants module printed, by the index of their expression. */
    private static final class ConstantMarks implements TlcListener {
        final Map<Integer, TlaValue> values = new java.util.concurrent.ConcurrentHashMap<>();

        @Override
        public void onEvent(TlcEvent event) {
            dev.invar.tlc.internal.PrintedMark.read(event)
                    .filter(m -> m.size() == 3 && dev.invar.tlc.internal.PrintedMark.tagged(m, "invar-const")
                            && m.get(1) instanceof TlaValue.Int)
                    .ifPresent(m -> values.put(((TlaValue.Int) m.get(1)).value().intValue(), m.get(2)));
        }
    }

    /** Runs TLC on a prepared model in a run directory and assembles the result in the user's terms. */
    CheckResult execute(CheckRequest request, Path spec, Model model, RunDirectory dir, TlcListener listener) {
        int heap = request.heapMegabytes().orElseGet(HeapSizing::defaultHeapMegabytes);
        TlcCommandLine commandLine = new TlcCommandLine(options.java(), options.tools().jar(), heap,
                model.libraryPath(), dir.metaDirectory(), dir.temporaryDirectory(), model.module(), model.configFile(), request.workers(),
                request.mode(), request.depth(), request.traces(), request.seed(),
                request.overrides().checkDeadlock(), request.continueAfterViolation(),
                request.dumpDot().map(p -> p.toAbsolutePath()), request.extraTlcArguments(),
                request.distribution().map(Distribution::serverHost));
        List<String> command = commandLine.toList();
        DistributedWorkers workers = new DistributedWorkers(request.distribution()
                .map(d -> TlcCommandLine.worker(options.java(), options.tools().jar(), heap, d.serverHost()))
                .orElse(List.of()), request.distribution().map(Distribution::localWorkers).orElse(0), dir.path(),
                CHILD_ENVIRONMENT);

        ResultAssembler assembler = new ResultAssembler();
        EventTranslator translator = new EventTranslator(event -> {
            assembler.onEvent(event);
            if (event instanceof TlcEvent.Message m && m.code() == SERVER_READY) {
                workers.start();
            }
            listener.onEvent(event);
        });
        ToolMessageParser parser = new ToolMessageParser(output -> {
            synchronized (translator) {
                translator.accept(output);
            }
        });
        ChildProcess.Ending ending;
        try (workers) {
            // TLC's distributed server finds the root module only by name, in its working directory.
            Path workingDirectory = request.distribution().isPresent() ? model.module().getParent() : dir.path();
            Optional<ChildProcess.Ending> resident = resident(request, model)
                    ? ResidentTlcPool.shared().run(commandLine, options.workDirectory(), CHILD_ENVIRONMENT, options.killGrace(),
                    request.timeout(), parser::accept)
                    : Optional.empty();
            ending = resident.orElseGet(() -> new ChildProcess(command, workingDirectory, CHILD_ENVIRONMENT, options.killGrace())
                    .run(request.timeout(), parser::accept, line -> {
                        synchronized (translator) {
                            translator.unframed(line, true);
                        }
                    }));
        }
        parser.finish();
        ProcessOutcome outcome = new ProcessOutcome(request.mode(), ending.exitCode(), ending.timedOut(),
                ending.cancelled(), ending.wallTime(), command, model.config(), model.generatedFiles());
        CheckResult result = assembler.assemble(outcome, locator(spec));
        return locateConfigErrors(inUserTerms(result, model), model);
    }

    /**
     * Whether this run goes to a resident TLC JVM: when asked for, and only for what its reset of TLC's
     * static state is tested on (see ResidentTlcTest): safety model checking, not simulation, liveness or
     * TLC's distributed mode, with the TLC version the reset was written for (the bundled one).
     */
    private boolean resident(CheckRequest request, Model model) {
        return options.residentTlc() && request.mode() == Mode.MODEL_CHECK && request.distribution().isEmpty()
                && model.config().isPresent() && model.properties().isEmpty()
                && options.tools().version().equals(ResidentTlcPool.RESET_KNOWN_FOR);
    }

    /** A generated module's run and what its listener read from that run. */
    record Generated<M extends TlcListener>(CheckResult run, M marks) {
    }

    /**
     * Runs a module Invar generated (evaluation, induction probe) beside the spec's directory on the
     * library path, in model-checking mode, with the request's resources and limits, read by fresh
     * {@code marks}. A generated module's run never crashes because of the spec (an error of the spec is
     * an evaluation error), but TLC 2.18 now and then fails inside its own code on a run that another
     * attempt finishes: a crashed run is made once more, with new marks, so what is read is one whole run.
     */
    <M extends TlcListener> Generated<M> runGenerated(CheckRequest request, Path spec, String moduleName, String moduleText,
                                                      String configText, Supplier<M> marks) {
        return runGenerated(request, spec, moduleName, moduleText, configText, marks, Mode.MODEL_CHECK);
    }

    /** As {@link #runGenerated(CheckRequest, Path, String, String, String, Supplier)}, in the given mode (whatever the user's run's). */
    <M extends TlcListener> Generated<M> runGenerated(CheckRequest request, Path spec, String moduleName, String moduleText,
                                                      String configText, Supplier<M> marks, Mode mode) {
        Generated<M> first = runGeneratedOnce(request, spec, moduleName, moduleText, configText, marks.get(), mode);
        return first.run().verdict() == Verdict.CRASHED
                ? runGeneratedOnce(request, spec, moduleName, moduleText, configText, marks.get(), mode) : first;
    }

    private <M extends TlcListener> Generated<M> runGeneratedOnce(CheckRequest request, Path spec, String moduleName,
                                                                  String moduleText, String configText, M marks, Mode mode) {
        try (RunDirectory dir = RunDirectory.create(workDirectory())) {
            Path moduleFile = dir.write(moduleName + ".tla", moduleText);
            Path configFile = dir.write(moduleName + ".cfg", configText);
            Model model = new Model(moduleFile, configFile, Optional.of(spec.getParent()), Map.of(),
                    Optional.of(TlcConfig.parse(configText, configFile.toString())), List.of(moduleText, configText), List.of(),
                    Optional.empty());
            CheckRequest pass = request.toBuilder().mode(mode).continueAfterViolation(false)
                    .overrides(ModelOverrides.none()).build();
            return new Generated<>(execute(pass, spec, model, dir, marks), marks);
        }
    }

    /**
     * Which of {@code count} one-line definitions, the first at {@code firstLine} of a generated module,
     * broke a run, when TLC located the error there.
     */
    static Optional<Integer> failingLine(CheckResult result, String moduleName, int firstLine, int count) {
        List<Integer> lines = new ArrayList<>();
        // A syntax error at the start of a line is one SANY noticed only where the next definition begins: the
        // definition on the line before ends too early.
        result.diagnostics().forEach(d -> d.location().filter(l -> l.module().equals(moduleName))
                .ifPresent(l -> lines.add(d.kind() == Verdict.PARSE_ERROR && l.column() == 1 ? l.line() - 1 : l.line())));
        result.violations().forEach(v -> v.location().filter(l -> l.module().equals(moduleName)).ifPresent(l -> lines.add(l.line())));
        return lines.stream().map(line -> line - firstLine).filter(i -> i >= 0 && i < count).findFirst();
    }

    /** The user's config with the request's constants applied: the model generated modules are judged on. */
    TlcConfig modelConfig(CheckRequest request) {
        Path file = request.effectiveConfig();
        TlcConfig config = Files.exists(file) ? TlcConfig.parse(read(readableFile(file, "config")), file.toString())
                : TlcConfig.empty();
        for (Map.Entry<String, String> c : request.overrides().constants().entrySet()) {
            config = config.withConstant(c.getKey(), c.getValue());
        }
        return config;
    }

    /** The module and config TLC runs: the user's own, or a generated wrapper when overrides apply. */
    record Model(Path module, Path configFile, Optional<Path> libraryPath, Map<String, String> definitions,
                         Optional<TlcConfig> config, List<String> generatedFiles, List<GeneratedModel.Given> given,
                         Optional<Path> userConfig) {
        List<String> properties() {
            return config.map(TlcConfig::properties).orElse(List.of());
        }

        String moduleName() {
            return module.getFileName().toString().replaceFirst("\\.tla$", "");
        }
    }

    private static Model prepare(CheckRequest request, Path spec, RunDirectory dir) {
        ModelOverrides overrides = request.overrides();
        boolean forceDeadlockCheck = overrides.checkDeadlock().equals(Optional.of(true));
        if (!overrides.needsGeneratedModel() && !forceDeadlockCheck) {
            Path config = readableFile(request.effectiveConfig(), "config");
            return new Model(spec, config, Optional.empty(), Map.of(), parseQuietly(config), List.of(), List.of(), Optional.of(config));
        }
        Path userConfig = request.effectiveConfig();
        TlcConfig base = TlcConfig.empty();
        Optional<Path> own = Optional.empty();
        if (request.config().isPresent() || Files.exists(userConfig)) {
            Path config = readableFile(userConfig, "config");
            base = TlcConfig.parse(read(config), config.toString());
            own = Optional.of(config);
        }
        GeneratedModel generated = GeneratedModel.build(request.moduleName(), read(spec), base, overrides);
        Path module = dir.write(generated.moduleName() + ".tla", generated.moduleText());
        Path config = dir.write(generated.moduleName() + ".cfg", generated.configText());
        TlcConfig effective = TlcConfig.parse(generated.configText(), config.toString());
        return new Model(module, config, Optional.of(spec.getParent()), generated.definitions(), Optional.of(effective),
                List.of(generated.moduleText(), generated.configText()), generated.given(), own);
    }

    /**
     * Names generated operators by the expressions the user wrote, in the model reported and in violations; names
     * the property of a sole-PROPERTY model; says an error TLC places in the generated module of the expression
     * it lies in.
     */
    private static CheckResult inUserTerms(CheckResult result, Model model) {
        RunInfo run = result.run();
        if (!model.definitions().isEmpty() && run.model().isPresent()) {
            TlcConfig c = run.model().get();
            UnaryOperator<String> named = n -> model.definitions().getOrDefault(n, n);
            run = new RunInfo(run.mode(), run.tlcVersion(), run.exitCode(), run.wallTime(), run.commandLine(),
                    Optional.of(c.withInvariants(c.invariants().stream().map(named).toList())
                            .withProperties(c.properties().stream().map(named).toList())), run.generatedFiles());
        }
        List<Violation> renamed = new ArrayList<>();
        for (Violation v : result.violations()) {
            Violation named = WrapperErrors.inModule(v, model.moduleName(), model.given());
            if (v.property().isPresent() && model.definitions().containsKey(v.property().get())) {
                named = named.withProperty(model.definitions().get(v.property().get()));
            } else if (v.property().isEmpty() && v.kind() == Verdict.LIVENESS_VIOLATION && model.properties().size() == 1) {
                String p = model.properties().get(0);
                named = named.withProperty(model.definitions().getOrDefault(p, p));
            }
            renamed.add(named);
        }
        return new CheckResult(result.verdict(), renamed, result.diagnostics(), result.stats(), run);
    }

    private static CheckResult locateConfigErrors(CheckResult result, Model model) {
        if (result.diagnostics().isEmpty()) {
            return result;
        }
        List<Diagnostic> located = result.diagnostics().stream().map(d -> locate(d, model)).toList();
        return new CheckResult(result.verdict(), result.violations(), located, result.stats(), result.run());
    }

    /**
     * Where a diagnostic lies, in files the user wrote: a config error in the user's config when the culprit is
     * there, and, when Invar generated the module and config the run read, an error in them said of the
     * expression or name the request gave (the generated files are deleted when the run ends).
     */
    private static Diagnostic locate(Diagnostic d, Model model) {
        boolean generated = !model.configFile().equals(model.userConfig().orElse(null));
        if (!generated) {
            return ConfigErrorLocator.locate(d, model.configFile(), read(model.configFile()), model.config());
        }
        Diagnostic said = WrapperErrors.inModule(d, model.moduleName(), model.given());
        if (model.userConfig().isPresent()) {
            Path own = model.userConfig().get();
            Diagnostic there = ConfigErrorLocator.locate(said, own, read(own), parseQuietly(own));
            if (there.location().isPresent()) {
                return there;
            }
        }
        return WrapperErrors.inGeneratedConfig(said);
    }

    private static UnaryOperator<SourceLocation> locator(Path spec) {
        Path directory = spec.getParent();
        return location -> {
            Path candidate = directory.resolve(location.module() + ".tla");
            if (location.file().isEmpty() && Files.isRegularFile(candidate)) {
                return location.withFile(candidate);
            }
            return location;
        };
    }

    private static Optional<TlcConfig> parseQuietly(Path config) {
        try {
            return Optional.of(TlcConfig.parse(read(config), config.toString()));
        } catch (InvalidRequestException e) {
            return Optional.empty(); // TLC reports the config's problems itself, with its own words
        }
    }

    static Path readableFile(Path path, String what) {
        Path absolute = path.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new InvalidRequestException(path + ": no such " + what + " file");
        }
        if (!Files.isRegularFile(absolute) || !Files.isReadable(absolute)) {
            throw new InvalidRequestException(path + ": cannot read this " + what + " file");
        }
        return absolute;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
