package dev.invar.tlc;

import dev.invar.tlc.internal.InductionModule;
import dev.invar.tlc.internal.PrintedMark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs one inductive step in one TLC run and reads back the counterexamples it printed. */
final class InductionPass {
    private final DefaultTlcRunner runner;
    private final CheckRequest request;
    private final Path spec;

    InductionPass(DefaultTlcRunner runner, CheckRequest request, Path spec) {
        this.runner = runner;
        this.request = request;
        this.spec = spec;
    }

    InductionProbe probe(InductionQuery query) {
        ModuleOutline outline = ModuleOutline.read(spec);
        TlcConfig base = runner.modelConfig(request);
        String next = request.overrides().next().or(base::next).orElse("Next");
        List<String> texts = new ArrayList<>(query.definitions());
        texts.addAll(List.of(query.domain(), query.invariant(), query.safety().orElse("TRUE"), next));
        texts.addAll(query.actions());
        query.features().ifPresent(texts::add);
        List<String> symmetric = query.upToSymmetry() ? dev.invar.tlc.internal.SymmetricSets.of(base, outline, texts) : List.of();
        InductionModule module = InductionModule.build(request.moduleName(), base, next, outline.variables(), query, symmetric);
        // Walks are TLC's simulation: as many as asked for, each as deep as the query goes.
        CheckRequest run = query.walks().map(w -> request.toBuilder().traces(w.count()).depth(query.depth()).build()).orElse(request);
        DefaultTlcRunner.Generated<Marks> pass = runner.runGenerated(run, spec, module.moduleName(), module.moduleText(),
                module.configText(), () -> new Marks(outline.variables(), query.actions().size()),
                query.walks().isPresent() ? Mode.SIMULATE : Mode.MODEL_CHECK);
        Marks marks = pass.marks();
        CheckResult result = pass.run();
        return new InductionProbe(marks.counterexamples, marks.unsafe, result.stats().distinct(), symmetric,
                dev.invar.tlc.internal.WrapperErrors.inModule(result, module.moduleName(), module.given()),
                DefaultTlcRunner.failingLine(result, module.moduleName(), InductionModule.FIRST_DEFINITION_LINE, query.definitions().size()),
                result.verdict() == Verdict.EVALUATION_ERROR ? marks.unfinished() : Optional.empty());
    }

    /** Collects the printed counterexamples and unsafe states, and the first states of counterexamples. */
    private static final class Marks implements TlcListener {
        final List<InductionProbe.Counterexample> counterexamples = new ArrayList<>();
        final List<Map<String, TlaValue>> unsafe = new ArrayList<>();
        /** The first states of counterexamples, printed before their features. */
        private final java.util.Set<Map<String, TlaValue>> from = new java.util.LinkedHashSet<>();
        private final List<String> variables;

        private final int actions;

        Marks(List<String> variables, int actions) {
            this.variables = variables;
            this.actions = actions;
        }

        /** A counterexample's first state printed without the counterexample: where its features could not be evaluated. */
        synchronized Optional<Map<String, TlaValue>> unfinished() {
            java.util.Set<Map<String, TlaValue>> printed = new java.util.HashSet<>();
            counterexamples.forEach(c -> printed.add(c.state()));
            return from.stream().filter(s -> !printed.contains(s)).findFirst();
        }

        @Override
        public synchronized void onEvent(TlcEvent event) {
            Optional<List<TlaValue>> read = PrintedMark.read(event);
            if (read.isEmpty()) {
                return;
            }
            List<TlaValue> mark = read.get();
            if (PrintedMark.tagged(mark, InductionModule.FROM_MARK) && mark.size() == 2) {
                from.add(PrintedMark.state(mark.get(1), variables));
            } else if (PrintedMark.tagged(mark, InductionModule.UNSAFE_MARK) && mark.size() == 2) {
                unsafe.add(PrintedMark.state(mark.get(1), variables));
            } else if (PrintedMark.tagged(mark, InductionModule.COUNTEREXAMPLE_MARK) && mark.size() == 5
                    && mark.get(3) instanceof TlaValue.Int action) {
                int a = action.value().intValue();
                counterexamples.add(new InductionProbe.Counterexample(PrintedMark.state(mark.get(1), variables),
                        a >= actions ? Optional.empty() : Optional.of(a), PrintedMark.state(mark.get(2), variables),
                        Optional.of(mark.get(4))));
            }
        }
    }
}
