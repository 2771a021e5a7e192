package dev.invar.tutorial.judge;

import dev.invar.assistant.prove.InductionOptions;
import dev.invar.assistant.prove.InductionResult;
import dev.invar.assistant.prove.Prover;
import dev.invar.assistant.vetting.TypeSpace;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.Verdict;
import dev.invar.tutorial.TutorialException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Runs the learner's module in TLC against a model the judge chose, and words the outcomes every judge shares. */
final class ModelRuns {
    /** Judges run several TLCs at once on small models: one worker and a modest heap each are plenty. */
    private static final int HEAP_MEGABYTES = 384;

    private ModelRuns() {
    }

    /** Checks {@code module} of the lesson's folder with {@code config}. */
    static CheckResult check(JudgeContext context, String module, TlcConfig config) {
        Path spec = learnerFile(context, module);
        try (JudgeConfig cfg = JudgeConfig.write(context.lessonDirectory(), config)) {
            return context.runner().check(request(context, spec, cfg.path()));
        }
    }

    /** Decides {@code predicate} over every state TypeOK allows, with the constants of {@code config}. */
    static PredicateEvaluation overTypeSpace(JudgeContext context, String module, TlcConfig config, String predicate) {
        Path spec = learnerFile(context, module);
        ModuleOutline outline = ModuleOutline.of(context.library().read(context.protocol(),
                context.protocol().mainModule() + ".tla"));
        try (JudgeConfig cfg = JudgeConfig.write(context.lessonDirectory(), config)) {
            return context.runner().evaluate(TypeSpace.of(request(context, spec, cfg.path()), outline), List.of(predicate));
        }
    }

    /**
     * Checks that {@code invariant}, an operator of {@code module}, is inductive on the instance of {@code config}
     * and implies {@code safety}: every state {@code typeOk} allows is enumerated when they are few enough.
     */
    static InductionResult induction(JudgeContext context, String module, TlcConfig config, String invariant, String safety,
                                     String typeOk) {
        Path spec = learnerFile(context, module);
        try (JudgeConfig cfg = JudgeConfig.write(context.lessonDirectory(), config)) {
            return new Prover(context.runner()).checkInductive(request(context, spec, cfg.path()), invariant, Optional.of(safety),
                    typeOk, InductionOptions.defaults());
        }
    }

    /**
     * The judge's cfg, beside the learner's module for the length of one run: TLC 2.18 finds a config only
     * in the directory of the spec it checks.
     */
    private record JudgeConfig(Path path) implements AutoCloseable {
        static JudgeConfig write(Path directory, TlcConfig config) {
            try {
                Path file = Files.createTempFile(directory, ".invar-judge-", ".cfg");
                Files.writeString(file, "\\* Written by invar learn to judge an answer; deleted after the run.\n" + config.toText());
                return new JudgeConfig(file);
            } catch (IOException e) {
                throw new TutorialException("cannot write a model in " + directory + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // A leftover hidden cfg is harmless; the next run writes its own.
            }
        }
    }

    private static CheckRequest request(JudgeContext context, Path spec, Path config) {
        CheckRequest.Builder request = CheckRequest.builder(spec).config(config).workers(1).heapMegabytes(HEAP_MEGABYTES)
                .timeout(context.timeout());
        context.tuning().accept(request);
        return request.build();
    }

    static Path learnerFile(JudgeContext context, String name) {
        Path file = context.lessonDirectory().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new TutorialException(file + ": no such file (invar learn reset restores the lesson's files)");
        }
        return file;
    }

    /**
     * The criterion a run fails when TLC could not judge the spec at all: a syntax error (one line,
     * file:line:column), an unknown name, an evaluation error, a timeout.
     */
    static Optional<Criterion> notRun(CheckResult result) {
        if (result.passed() || result.verdict().isViolation()) {
            return Optional.empty();
        }
        String name = "TLC can run it";
        if (result.verdict() == Verdict.TIMED_OUT) {
            long distinct = result.stats().distinct();
            return Optional.of(Criterion.failed(name, "TLC did not finish within the time limit"
                    + (distinct >= 0 ? String.format(" (%,d distinct states so far)", distinct) : "")
                    + "; the lesson's models take seconds", result));
        }
        String why = result.diagnostics().isEmpty()
                ? result.violation().map(v -> v.message().strip().replaceAll("\\s+", " ")).orElse(result.verdict().id())
                : result.diagnostics().get(0).oneLine();
        return Optional.of(Criterion.failed(name, result.verdict().id() + ": " + why, result));
    }

    /**
     * The model with some constants replaced. Every plain constant is set again, in the model's order, so that
     * the feedback lists them as the cfg does.
     */
    static TlcConfig withConstants(TlcConfig model, Map<String, String> replaced) {
        TlcConfig changed = model;
        for (TlcConfig.Constant c : model.constants()) {
            if (!c.substitution() || replaced.containsKey(c.name())) {
                changed = changed.withConstant(c.name(), replaced.getOrDefault(c.name(), c.value()));
            }
        }
        return changed;
    }

    /** The model's constants as TLC users write them, e.g. {@code RM = {r1, r2, r3}, MaxTMCrashes = 1}. */
    static String constants(TlcConfig config) {
        return config.constants().stream().map(TlcConfig.Constant::toString).collect(Collectors.joining(", "));
    }

    /** The common ending of a judge: the run passed, or failed with its counterexample. */
    static Criterion passes(String name, CheckResult result, String model) {
        if (result.passed()) {
            return Criterion.met(name, String.format("no violation in this model (%s): %,d distinct states searched",
                    model, result.stats().distinct()));
        }
        String what = result.violation().map(v -> v.kind().id() + v.property().map(p -> " of " + p).orElse(""))
                .orElse(result.verdict().id());
        return Criterion.failed(name, "TLC found a " + what + " (" + model + "); the behaviour is below", result);
    }
}
