package dev.invar.tutorial.judge;

import dev.invar.assistant.prove.InductionResult;
import dev.invar.assistant.prove.ProofException;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.Trace;
import dev.invar.tlc.TraceState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An inductive invariant the learner writes, as an operator of a module that EXTENDS the protocol. It is accepted
 * when it holds initially ({@code Init => Ind}), is inductive ({@code Ind /\ Next => Ind'}) over every type-correct
 * state of a small instance, enumerated exhaustively, and implies the safety property. That is a claim about the
 * instance, never a proof.
 *
 * @param module the learner's module, in the lesson's folder
 * @param operator the invariant's name in it
 * @param config the library config whose constants make the instance (its behaviour is Init and Next)
 * @param safety the property the invariant must imply
 * @param typeOk the type invariant whose states are enumerated; TypeOK when absent
 * @param constants constants that replace the config's, to keep the type-correct states few enough to enumerate
 */
public record InductiveJudge(String module, String operator, String config, String safety, String typeOk,
                             Map<String, String> constants) implements Judge {
    public InductiveJudge {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(safety, "safety");
        typeOk = typeOk == null ? "TypeOK" : typeOk;
        constants = constants == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(constants));
    }

    @Override
    public List<String> files() {
        return List.of(module);
    }

    @Override
    public List<Criterion> judge(JudgeContext context) {
        TlcConfig model = ModelRuns.withConstants(context.libraryConfig(config), constants)
                .withBehaviour(Optional.of("Init"), Optional.of("Next"), Optional.empty())
                .withInvariants(List.of(typeOk, safety)).withProperties(List.of());
        InductionResult result;
        try {
            result = ModelRuns.induction(context, module, model, operator, safety, typeOk);
        } catch (ProofException e) {
            return List.of(Criterion.failed("TLC can run it", e.getMessage()));
        }
        if (result.failure().isPresent()) {
            return List.of(Criterion.failed("TLC can run it", result.claim()));
        }
        return List.of(initially(result), inductive(result), safe(result));
    }

    private Criterion initially(InductionResult result) {
        String name = operator + " holds initially (Init => " + operator + ")";
        if (result.initialOutside().isEmpty()) {
            return Criterion.met(name, "true in every initial state, instance " + result.instance());
        }
        return Criterion.failed(name, result.claim() + "; the state is below",
                state("an initial state where " + operator + " is false", result.initialOutside().get(0)));
    }

    private Criterion inductive(InductionResult result) {
        String name = operator + " is inductive (" + operator + " /\\ Next => " + operator + "')";
        // The claim of the step alone, in the prover's words: an initial or unsafe state is another criterion's.
        InductionResult step = new InductionResult(result.invariant(), result.instance(), result.exhaustive(),
                result.domainStates(), result.nearReachable(), result.reachableStates(), result.invariantStates(), result.counterexamples(), List.of(), List.of(),
                result.failure(), result.wallTime(), result.symmetry(), result.seeds(), result.depth(), result.walks());
        if (!result.counterexamples().isEmpty()) {
            return Criterion.failed(name, step.claim() + ". The first is below: a state of " + operator
                    + " (it need not be reachable), a step of Next, and the successor, where " + operator
                    + " is false. Which fact of the protocol rules out the first state?",
                    result.counterexamples().get(0).trace());
        }
        return result.exhaustive() ? Criterion.met(name, step.claim())
                : Criterion.undecided(name, step.claim());
    }

    private Criterion safe(InductionResult result) {
        String name = operator + " implies " + safety;
        if (result.unsafe().isEmpty()) {
            return Criterion.met(name, "no state of " + operator + " violates " + safety + ", instance " + result.instance());
        }
        return Criterion.failed(name, result.unsafe().size() + (result.unsafe().size() == 1 ? " state" : " states") + " of "
                + operator + " violate " + safety + " (instance " + result.instance() + "), for example the one below: an"
                + " inductive invariant says nothing about safety unless it includes it",
                state("a state of " + operator + " where " + safety + " is false", result.unsafe().get(0)));
    }

    private static Trace state(String what, Map<String, TlaValue> variables) {
        return Trace.finite(List.of(new TraceState(1, what, Optional.empty(), TraceState.Kind.INITIAL, variables)));
    }
}
