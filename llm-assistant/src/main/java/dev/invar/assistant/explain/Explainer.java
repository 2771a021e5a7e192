package dev.invar.assistant.explain;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.PredicateVerdict;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import dev.invar.tlc.TraceState;
import dev.invar.tlc.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the structured {@link Summary} of a counterexample. Which conjunct failed is decided by TLC, not
 * guessed: every top-level conjunct of the violated property's definition (and, for {@code \A x \in S : P}
 * over a constant set, every binding of it) is evaluated on the last state in one pass, with an initial
 * predicate that fixes that state and a next-state relation that keeps it.
 */
public final class Explainer {
    /** Bindings of a universal conjunct tried, at most; beyond that the conjunct alone is reported. */
    static final int MAX_BINDINGS = 64;
    private static final Duration EVALUATION_LIMIT = Duration.ofSeconds(60);

    private final TlcRunner runner;

    public Explainer(TlcRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    public Summary summarize(Counterexample counterexample) {
        List<Step> steps = steps(counterexample.trace().states());
        Optional<String> property = counterexample.property();
        Optional<CheckRequest> model = counterexample.model().filter(m -> Files.isRegularFile(m.spec()));
        if (counterexample.kind() == Verdict.DEADLOCK) {
            return new Summary(counterexample, steps, Optional.empty(), List.of(), Optional.of(
                    "no action of the next-state relation can take a step from the last state: a deadlock"));
        }
        if (counterexample.kind() == Verdict.LIVENESS_VIOLATION) {
            return new Summary(counterexample, steps, Optional.empty(), List.of(), Optional.of(
                    "a temporal property is about the whole behaviour, not one state: the behaviour above, repeated for ever, violates it"));
        }
        if (property.isEmpty()) {
            return new Summary(counterexample, steps, Optional.empty(), List.of(),
                    Optional.of("TLC names no property for this finding (" + counterexample.kind().id() + ")"));
        }
        if (model.isEmpty()) {
            return new Summary(counterexample, steps, Optional.empty(), List.of(),
                    Optional.of("the spec is no longer at " + counterexample.model().map(m -> m.spec().toString())
                            .orElse("the path the result names") + ", so its conjuncts cannot be evaluated"));
        }
        Optional<String> definition = PropertyDefinition.of(model.get().spec(), property.get());
        if (definition.isEmpty()) {
            return new Summary(counterexample, steps, Optional.empty(), List.of(),
                    Optional.of("no definition of " + property.get() + " was found in the spec or the modules beside it"));
        }
        return conjuncts(counterexample, steps, model.get(), property.get(), definition.get());
    }

    private Summary conjuncts(Counterexample counterexample, List<Step> steps, CheckRequest model, String property,
                              String definition) {
        List<String> conjuncts = Conjuncts.of(definition);
        // A definition that is one name (Inv == Safety) is explained by that name's conjuncts.
        for (int depth = 0; depth < 3 && conjuncts.size() == 1 && PropertyDefinition.isName(conjuncts.get(0)); depth++) {
            Optional<String> inner = PropertyDefinition.find(model.spec(), conjuncts.get(0), new java.util.HashSet<>());
            if (inner.isEmpty()) {
                break;
            }
            conjuncts = Conjuncts.of(inner.get());
        }
        TlcConfig config = config(model);
        FixedState fixed = FixedState.of(config.constants());
        Map<String, TlaValue> last = counterexample.trace().states().get(counterexample.trace().length() - 1).variables();
        Optional<String> state = fixed.predicate(last);
        if (state.isEmpty()) {
            return new Summary(counterexample, steps, Optional.of(Conjuncts.shown(definition)), List.of(), Optional.of(
                    "the last state holds a model value that is not a constant nor in a constant set, so it cannot be rebuilt"));
        }
        List<String> predicates = new ArrayList<>(conjuncts.stream().map(OneLine::of).toList());
        List<List<Binding>> bindings = new ArrayList<>();
        for (String conjunct : conjuncts) {
            List<Binding> mine = Binding.all(conjunct, config, fixed, MAX_BINDINGS);
            mine.forEach(b -> predicates.add(b.predicate()));
            bindings.add(mine);
        }
        CheckRequest fixedState = model.toBuilder().timeout(EVALUATION_LIMIT)
                .overrides(new ModelOverrides(model.overrides().constants(), List.of(), List.of(), Optional.of(state.get()),
                        Optional.of("UNCHANGED <<" + String.join(", ", last.keySet()) + ">>"), Optional.empty(),
                        Optional.of(false)))
                .build();
        PredicateEvaluation evaluation = runner.evaluate(fixedState, predicates);
        List<ConjunctVerdict> verdicts = new ArrayList<>();
        int next = conjuncts.size();
        for (int i = 0; i < conjuncts.size(); i++) {
            List<String> falseFor = new ArrayList<>();
            for (Binding b : bindings.get(i)) {
                PredicateVerdict v = evaluation.verdicts().get(next++);
                if (v.rejected().isEmpty() && v.refutedBy().isPresent()) {
                    falseFor.add(b.description());
                }
            }
            verdicts.add(verdict(Conjuncts.shown(conjuncts.get(i)), evaluation.verdicts().get(i), falseFor));
        }
        return new Summary(counterexample, steps, Optional.of(Conjuncts.shown(definition)), verdicts, Optional.empty());
    }

    private static ConjunctVerdict verdict(String conjunct, PredicateVerdict v, List<String> falseFor) {
        if (v.rejected().isPresent()) {
            return new ConjunctVerdict(conjunct, ConjunctVerdict.Truth.UNDECIDED, List.of(), v.rejected());
        }
        return v.refutedBy().isPresent()
                ? new ConjunctVerdict(conjunct, ConjunctVerdict.Truth.FALSE, falseFor, Optional.empty())
                : new ConjunctVerdict(conjunct, ConjunctVerdict.Truth.TRUE, List.of(), Optional.empty());
    }

    /** Each state as a step: its action and the variables it changed. */
    static List<Step> steps(List<TraceState> states) {
        List<Step> steps = new ArrayList<>();
        Map<String, TlaValue> previous = null;
        for (TraceState s : states) {
            List<Step.Change> changes = new ArrayList<>();
            for (Map.Entry<String, TlaValue> e : s.variables().entrySet()) {
                TlaValue before = previous == null ? null : previous.get(e.getKey());
                if (before == null) {
                    changes.add(new Step.Change(e.getKey(), Optional.empty(), e.getValue().toTla(), Optional.empty()));
                } else if (!before.equals(e.getValue())) {
                    changes.addAll(changed(e.getKey(), before, e.getValue()));
                }
            }
            steps.add(new Step(s.number(), s.action(), changes));
            previous = s.variables();
        }
        return steps;
    }

    /**
     * What changed in one variable: for a function or record with the same domain, only the entries that
     * changed ({@code rmState[r2]}, {@code msg.ack}), since that is where the step acted; else the whole value.
     */
    private static List<Step.Change> changed(String name, TlaValue before, TlaValue after) {
        Map<String, TlaValue> from = entries(before);
        Map<String, TlaValue> to = entries(after);
        if (before instanceof TlaValue.SetValue was && after instanceof TlaValue.SetValue is) {
            List<TlaValue> gained = is.elements().stream().filter(x -> !was.elements().contains(x)).toList();
            List<TlaValue> lost = was.elements().stream().filter(x -> !is.elements().contains(x)).toList();
            String delta = (gained.isEmpty() ? "" : "gains " + new TlaValue.SetValue(gained).toTla())
                    + (gained.isEmpty() || lost.isEmpty() ? "" : ", ")
                    + (lost.isEmpty() ? "" : "loses " + new TlaValue.SetValue(lost).toTla());
            return List.of(new Step.Change(name, Optional.of(before.toTla()), after.toTla(), Optional.of(delta)));
        }
        if (from.isEmpty() || !from.keySet().equals(to.keySet())) {
            return List.of(new Step.Change(name, Optional.of(before.toTla()), after.toTla(), Optional.empty()));
        }
        List<Step.Change> changes = new ArrayList<>();
        to.forEach((key, value) -> {
            if (!value.equals(from.get(key))) {
                changes.add(new Step.Change(name + key, Optional.of(from.get(key).toTla()), value.toTla(),
                        Optional.empty()));
            }
        });
        return changes;
    }

    /** A function's entries as {@code [k]} to value, a record's as {@code .f} to value; empty for other values. */
    private static Map<String, TlaValue> entries(TlaValue value) {
        Map<String, TlaValue> entries = new java.util.LinkedHashMap<>();
        if (value instanceof TlaValue.Function f) {
            f.mappings().forEach(m -> entries.put("[" + m.key().toTla() + "]", m.value()));
        } else if (value instanceof TlaValue.Record r) {
            r.fields().forEach((k, v) -> entries.put("." + k, v));
        }
        return entries;
    }

    /** The model's config with the request's constants applied. */
    private static TlcConfig config(CheckRequest model) {
        Path file = model.effectiveConfig();
        TlcConfig config = TlcConfig.empty();
        if (Files.isRegularFile(file)) {
            try {
                config = TlcConfig.parse(Files.readString(file), file.toString());
            } catch (IOException | RuntimeException e) {
                config = TlcConfig.empty(); // the evaluation run will report what is wrong with it
            }
        }
        for (Map.Entry<String, String> c : model.overrides().constants().entrySet()) {
            config = config.withConstant(c.getKey(), c.getValue());
        }
        return config;
    }

    /** One binding of a universal conjunct's names to elements of its constant set, as a predicate. */
    record Binding(String description, String predicate) {
        static List<Binding> all(String conjunct, TlcConfig config, FixedState fixed, int limit) {
            Optional<Conjuncts.Universal> universal = Conjuncts.Universal.of(conjunct);
            if (universal.isEmpty()) {
                return List.of();
            }
            Optional<TlaValue> domain = config.constant(universal.get().domain()).filter(c -> !c.substitution())
                    .map(c -> TlaValue.parse(c.value()));
            if (domain.isEmpty() || !(domain.get() instanceof TlaValue.SetValue set) || set.elements().isEmpty()) {
                return List.of();
            }
            List<String> names = universal.get().names();
            long count = (long) Math.pow(set.elements().size(), names.size());
            if (count > limit) {
                return List.of();
            }
            List<Binding> out = new ArrayList<>();
            for (long n = 0; n < count; n++) {
                StringBuilder description = new StringBuilder();
                StringBuilder let = new StringBuilder("LET");
                long rest = n;
                for (String name : names) {
                    TlaValue element = set.elements().get((int) (rest % set.elements().size()));
                    rest /= set.elements().size();
                    Optional<String> text = fixed.value(element);
                    if (text.isEmpty()) {
                        return List.of();
                    }
                    description.append(description.length() == 0 ? "" : ", ").append(name).append(" = ").append(element.toTla());
                    let.append(' ').append(name).append(" == ").append(text.get());
                }
                out.add(new Binding(description.toString(), let + " IN (" + OneLine.of(universal.get().body()) + ")"));
            }
            return out;
        }
    }
}
