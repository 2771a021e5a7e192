package dev.invar.tlc;

import dev.invar.tlc.internal.EvaluationModule;
import dev.invar.tlc.internal.GeneratedModel;
import dev.invar.tlc.internal.PrintedMark;
import dev.invar.tlc.internal.WrapperErrors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides many predicates over a model's reachable states in one TLC run. A predicate that does not
 * parse or cannot be evaluated is set aside with the reason and the pass runs again without it, so one
 * bad draft never costs the others their verdict. TLC names the predicate's line when the error lies in
 * it; when it lies in an operator of the spec the predicate uses, the predicate is found by {@link Halving}.
 */
final class PredicatePass {
    private final DefaultTlcRunner runner;
    private final CheckRequest request;
    private final Path spec;

    PredicatePass(DefaultTlcRunner runner, CheckRequest request, Path spec) {
        this.runner = runner;
        this.request = request;
        this.spec = spec;
    }

    PredicateEvaluation evaluate(List<String> predicates) {
        // The variables may be declared in a module the spec EXTENDS: each refuting state is printed whole.
        ModuleOutline outline = ModuleOutline.read(spec);
        Runs runs = new Runs(predicates, outline.variables());
        Map<Integer, String> rejected = new HashMap<>();
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < predicates.size(); i++) {
            active.add(i);
        }
        while (true) {
            Run pass = runs.of(active);
            CheckResult result = pass.result();
            Halving.Outcome outcome = Halving.Outcome.of(result, pass::culprit);
            Optional<Integer> culprit = outcome.unlocated() ? runs.unlocated(active) : outcome.culprit();
            if (culprit.isPresent()) {
                rejected.put(culprit.get(), reason(result, outcome.unlocated() ? "" : pass.where(active.indexOf(culprit.get()))));
                active.remove(culprit.get());
                continue;
            }
            List<PredicateVerdict> verdicts = new ArrayList<>();
            for (int i = 0; i < predicates.size(); i++) {
                int local = active.indexOf(i);
                Optional<String> why = Optional.ofNullable(rejected.get(i));
                if (why.isEmpty() && !result.passed() && !result.verdict().equals(Verdict.TIMED_OUT)) {
                    why = Optional.of("the model could not be explored: " + reason(result, ""));
                }
                verdicts.add(new PredicateVerdict(predicates.get(i),
                        local < 0 ? Optional.empty() : Optional.ofNullable(pass.marks().refuted.get(local)),
                        local >= 0 && pass.marks().seenTrue.contains(local), why));
            }
            return new PredicateEvaluation(verdicts, result, runs.count);
        }
    }

    /** One pass over some of the predicates; {@link #culprit()} is an index into {@code predicates}. */
    private record Run(CheckResult result, Marks marks, List<Integer> predicates, EvaluationModule module) {
        /** Which predicate broke the run, when TLC names a line of the generated module. */
        Optional<Integer> culprit() {
            return DefaultTlcRunner.failingLine(result, module.moduleName(), module.firstPredicateLine(), predicates.size())
                    .map(predicates::get);
        }

        /**
         * Where in the {@code local}-th predicate of the pass TLC placed its error: " at column 7" when on its line,
         * " (it ends too early)" when at the start of the next one, else nothing.
         */
        String where(int local) {
            Optional<GeneratedModel.Given> predicate = GeneratedModel.Given.oneLine(module.moduleText(), EvaluationModule.name(local),
                    "predicate", "");
            return java.util.stream.Stream.concat(result.diagnostics().stream().map(Diagnostic::location),
                            result.violations().stream().map(Violation::location)).flatMap(Optional::stream)
                    .filter(l -> l.module().equals(module.moduleName())).findFirst()
                    .flatMap(l -> predicate.flatMap(p -> WrapperErrors.within(l, p)))
                    .map(w -> w.endsEarly() ? " (it ends too early)" : " at column " + w.column())
                    .orElse("");
        }
    }

    /** The passes of one evaluation, counted. */
    private final class Runs {
        private final List<String> predicates;
        private final List<String> variables;
        private final TlcConfig base = runner.modelConfig(request);
        private final String init = request.overrides().init().or(base::init).orElse("Init");
        private final String next = request.overrides().next().or(base::next).orElse("Next");
        int count;

        Runs(List<String> predicates, List<String> variables) {
            this.predicates = predicates;
            this.variables = variables;
        }

        Run of(List<Integer> indices) {
            count++;
            EvaluationModule module = EvaluationModule.build(request.moduleName(), base, init, next, variables,
                    indices.stream().map(predicates::get).toList());
            DefaultTlcRunner.Generated<Marks> pass = runner.runGenerated(request, spec, module.moduleName(),
                    module.moduleText(), module.configText(), () -> new Marks(variables));
            return new Run(pass.run(), pass.marks(), List.copyOf(indices), module);
        }

        /** The predicate whose evaluation broke a pass over {@code suspects} without TLC naming its line. */
        Optional<Integer> unlocated(List<Integer> suspects) {
            return Halving.culprit(suspects, some -> {
                Run pass = of(some);
                return Halving.Outcome.of(pass.result(), pass::culprit);
            });
        }
    }

    /** @param where where in the predicate the error lies, if known (see {@link Run#where}) */
    private static String reason(CheckResult result, String where) {
        if (!result.diagnostics().isEmpty()) {
            return result.verdict().id() + where + ": " + plain(result.diagnostics().get(0).message());
        }
        return result.violation().map(v -> v.kind().id() + where + ": " + plain(v.message())).orElse(result.verdict().id());
    }

    /** TLC's message on one line, without the sentence that names the pass's own invariant, which the user never wrote. */
    static String plain(String message) {
        return WrapperErrors.withoutRegionsOf(message.strip().replaceAll("\\s+", " ")
                .replace("Evaluating invariant " + EvaluationModule.RECORD + " failed. ", ""), EvaluationModule.NAMES);
    }

    /** Reads the lines the evaluation module prints: first refuting state and first satisfying state of each predicate. */
    private static final class Marks implements TlcListener {
        final Map<Integer, Map<String, TlaValue>> refuted = new HashMap<>();
        final Set<Integer> seenTrue = new HashSet<>();
        private final List<String> variables;

        Marks(List<String> variables) {
            this.variables = variables;
        }

        @Override
        public synchronized void onEvent(TlcEvent event) {
            Optional<List<TlaValue>> read = PrintedMark.read(event);
            if (read.isEmpty() || read.get().size() < 2 || !(read.get().get(1) instanceof TlaValue.SetValue indices)) {
                return;
            }
            boolean refutation = PrintedMark.tagged(read.get(), "invar-false");
            for (TlaValue i : indices.elements()) {
                int index = ((TlaValue.Int) i).value().intValue();
                if (refutation) {
                    refuted.putIfAbsent(index, read.get().size() > 2 ? PrintedMark.state(read.get().get(2), variables) : Map.of());
                } else {
                    seenTrue.add(index);
                }
            }
        }
    }
}
