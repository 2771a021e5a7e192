package dev.invar.tlc;

import dev.invar.tlc.internal.EvaluationModule;
import dev.invar.tlc.internal.PrintedMark;
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
 * bad draft never costs the others their verdict.
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
        TlcConfig base = runner.modelConfig(request);
        String init = request.overrides().init().or(base::init).orElse("Init");
        String next = request.overrides().next().or(base::next).orElse("Next");
        Map<Integer, String> rejected = new HashMap<>();
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < predicates.size(); i++) {
            active.add(i);
        }
        int runs = 0;
        while (true) {
            runs++;
            List<String> expressions = active.stream().map(predicates::get).toList();
            EvaluationModule module = EvaluationModule.build(request.moduleName(), base, init, next, outline.variables(),
                    expressions);
            DefaultTlcRunner.Generated<Marks> pass = runner.runGenerated(request, spec, module.moduleName(),
                    module.moduleText(), module.configText(), () -> new Marks(outline.variables()));
            Marks marks = pass.marks();
            CheckResult result = pass.run();
            Optional<Integer> culprit = result.passed() ? Optional.empty() : culprit(result, module, expressions.size());
            if (culprit.isPresent()) {
                int index = active.remove((int) culprit.get());
                rejected.put(index, reason(result));
                continue;
            }
            List<PredicateVerdict> verdicts = new ArrayList<>();
            for (int i = 0; i < predicates.size(); i++) {
                int local = active.indexOf(i);
                Optional<String> why = Optional.ofNullable(rejected.get(i));
                if (why.isEmpty() && !result.passed() && !result.verdict().equals(Verdict.TIMED_OUT)) {
                    why = Optional.of("the model could not be explored: " + reason(result));
                }
                verdicts.add(new PredicateVerdict(predicates.get(i),
                        local < 0 ? Optional.empty() : Optional.ofNullable(marks.refuted.get(local)),
                        local >= 0 && marks.seenTrue.contains(local), why));
            }
            return new PredicateEvaluation(verdicts, result, runs);
        }
    }

    /** Which predicate broke the run, when the error lies in the generated module. */
    private static Optional<Integer> culprit(CheckResult result, EvaluationModule module, int count) {
        return DefaultTlcRunner.failingLine(result, module.moduleName(), module.firstPredicateLine(), count);
    }

    private static String reason(CheckResult result) {
        if (!result.diagnostics().isEmpty()) {
            return result.verdict().id() + ": " + result.diagnostics().get(0).message().strip().replaceAll("\\s+", " ");
        }
        return result.violation().map(v -> v.kind().id() + ": " + v.message().strip().replaceAll("\\s+", " "))
                .orElse(result.verdict().id());
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
