package dev.invar.assistant.llm;

import dev.invar.assistant.CandidateCheck;
import dev.invar.assistant.TraceText;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Diagnostic;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.Mode;
import dev.invar.tlc.PredicateVerdict;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import dev.invar.tlc.Trace;
import dev.invar.tlc.Verdict;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The checker a model may call, backed by TLC on the model being drafted for: parsing in a module that
 * EXTENDS the spec (SANY), checking a candidate as an invariant (breadth-first, so a counterexample is a
 * shortest one), and simulating a behaviour. Expressions arrive already sanitised by {@link CheckerTools}.
 */
public final class ModelCheckerAccess implements CheckerAccess {
    /** Behaviours tried before giving up on one as long as asked (a spec may stop early, e.g. deadlock). */
    private static final int SIMULATED_BEHAVIOURS = 50;
    private static final Duration SIMULATION_LIMIT = Duration.ofSeconds(20);

    private final TlcRunner runner;
    private final CheckRequest model;
    private final List<String> variables;

    /** @param variables the spec's variables, for a parse that explores no state */
    public ModelCheckerAccess(TlcRunner runner, CheckRequest model, List<String> variables) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.model = Objects.requireNonNull(model, "model");
        this.variables = List.copyOf(variables);
    }

    /**
     * Parses the predicate where the evaluation pass would, with an initial predicate no state satisfies:
     * SANY reads the whole generated module, TLC then has nothing to explore.
     */
    @Override
    public String parse(String expression) {
        String anyVariable = variables.isEmpty() ? "TRUE" : variables.get(0) + " = " + variables.get(0);
        CheckRequest nothing = model.toBuilder().overrides(new ModelOverrides(model.overrides().constants(), List.of(),
                List.of(), Optional.of("FALSE /\\ " + anyVariable),
                Optional.of("UNCHANGED <<" + String.join(", ", variables) + ">>"), Optional.empty(), Optional.of(false)))
                .timeout(SIMULATION_LIMIT).build();
        PredicateVerdict verdict = runner.evaluate(nothing, List.of(expression)).verdicts().get(0);
        return verdict.rejected().map(why -> "parse error: " + why).orElse("ok");
    }

    @Override
    public String checkCandidate(String expression) {
        CheckResult result = new CandidateCheck(runner, model).check(expression);
        Optional<Trace> trace = CandidateCheck.counterexample(result, expression);
        if (trace.isPresent()) {
            return "false: the shortest behaviour of the model to a state where it is false ("
                    + trace.get().length() + " states):\n" + TraceText.of(trace.get());
        }
        if (result.passed()) {
            return "holds on all " + result.stats().distinct() + " distinct reachable states of the model"
                    + constants(result) + " (an exhaustive check of this model, not a proof for other constants)";
        }
        return "could not check: " + problem(result);
    }

    /**
     * One behaviour of {@code depth} steps: a simulation whose invariant fails once the behaviour is that
     * long, so TLC prints it. {@code TLCGet("level")} needs the spec to extend TLC; without it, SANY says so.
     */
    @Override
    public String simulate(int depth) {
        ModelOverrides o = model.overrides();
        CheckRequest simulation = model.toBuilder().mode(Mode.SIMULATE).depth(depth + 1)
                .traces(SIMULATED_BEHAVIOURS).timeout(SIMULATION_LIMIT)
                .overrides(new ModelOverrides(o.constants(), List.of("TLCGet(\"level\") < " + depth), List.of(),
                        o.init(), o.next(), o.specification(), Optional.of(true)))
                .build();
        CheckResult result = runner.check(simulation);
        Optional<Trace> trace = result.trace();
        if (trace.isEmpty()) {
            return result.passed() ? "no behaviour of " + depth + " steps was found in " + SIMULATED_BEHAVIOURS
                    + " tries (the spec may stop earlier)" : "could not simulate: " + problem(result);
        }
        String ending = result.verdict() == Verdict.DEADLOCK ? " (it deadlocks there)" : "";
        return "a random behaviour of " + (trace.get().length() - 1) + " steps" + ending + ":\n"
                + TraceText.of(trace.get());
    }

    private static String problem(CheckResult result) {
        return result.diagnostics().stream().findFirst().map(Diagnostic::message)
                .or(() -> result.violation().map(v -> v.kind().id() + ": " + v.message()))
                .orElse(result.verdict().id()).strip().replaceAll("\\s+", " ");
    }

    private static String constants(CheckResult result) {
        String constants = result.run().model().map(TlcConfig::constantsText).orElse("");
        return constants.isEmpty() ? "" : " (" + constants + ")";
    }
}
