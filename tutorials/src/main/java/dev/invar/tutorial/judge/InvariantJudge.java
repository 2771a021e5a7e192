package dev.invar.tutorial.judge;

import dev.invar.assistant.vetting.TypeSpace;
import dev.invar.library.Variant;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * An invariant the learner writes, as an operator of a module that EXTENDS the protocol (and its seeded-bug
 * module, when the bug is one). It is accepted when it holds on the correct protocol, is violated by the
 * seeded bug, and is not implied by TypeOK alone. The three TLC runs go at once.
 *
 * @param module the learner's module, in the lesson's folder
 * @param operator the invariant's name in it
 * @param correct the library config of the correct protocol (its constants and behaviour)
 * @param bug the library config of the seeded-bug variant the invariant must catch
 * @param typeConstants constants that replace the correct model's for the comparison with TypeOK (e.g. fewer
 *                      processes): every state TypeOK allows is enumerated, and that space grows much faster
 *                      than the reachable one. The feedback names the constants used.
 */
public record InvariantJudge(String module, String operator, String correct, String bug, Map<String, String> typeConstants)
        implements Judge {
    public InvariantJudge {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(correct, "correct");
        Objects.requireNonNull(bug, "bug");
        typeConstants = typeConstants == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(typeConstants));
    }

    @Override
    public List<String> files() {
        return List.of(module);
    }

    @Override
    public List<Criterion> judge(JudgeContext context) {
        TlcConfig correctModel = context.libraryConfig(correct).withInvariants(List.of(operator)).withProperties(List.of());
        TlcConfig buggyModel = context.libraryConfig(bug).withInvariants(List.of(operator)).withProperties(List.of());
        TlcConfig typeSpace = ModelRuns.withConstants(correctModel, typeConstants);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<CheckResult> onCorrect = pool.submit(() -> ModelRuns.check(context, module, correctModel));
            Future<CheckResult> onBug = pool.submit(() -> ModelRuns.check(context, module, buggyModel));
            Future<PredicateEvaluation> onTypes = pool.submit(() -> ModelRuns.overTypeSpace(context, module, typeSpace, operator));
            CheckResult holds = join(onCorrect);
            Optional<Criterion> broken = ModelRuns.notRun(holds);
            if (broken.isPresent()) {
                return List.of(broken.get());
            }
            List<Criterion> criteria = new ArrayList<>();
            criteria.add(ModelRuns.passes(operator + " holds on the correct protocol", holds, ModelRuns.constants(correctModel)));
            criteria.add(caught(join(onBug), context, buggyModel));
            if (holds.passed()) {
                criteria.add(beyondTypes(join(onTypes), typeSpace));
            } else {
                // A reachable state, which TypeOK allows, already breaks it: no need to enumerate the type space.
                onTypes.cancel(true);
                criteria.add(Criterion.met(operator + " says more than TypeOK", "a reachable state breaks it, and TypeOK allows that state"));
            }
            return criteria;
        } finally {
            pool.shutdownNow();
        }
    }

    private Criterion caught(CheckResult result, JudgeContext context, TlcConfig buggyModel) {
        String name = operator + " is violated by the seeded bug";
        String bugName = context.protocol().variants().stream().filter(v -> v.config().equals(bug)).findFirst()
                .map(Variant::description).orElse(bug);
        if (result.verdict() == Verdict.SAFETY_VIOLATION && result.violation().flatMap(v -> v.property())
                .filter(operator::equals).isPresent()) {
            int steps = result.trace().map(t -> t.states().size()).orElse(0);
            return Criterion.met(name, "TLC finds a behaviour of the buggy protocol that breaks it"
                    + (steps > 0 ? " in " + steps + " states" : "") + " (" + bugName + ")");
        }
        if (result.passed()) {
            return Criterion.failed(name, String.format("it also holds on all %,d states of the buggy protocol (%s), so it does"
                    + " not catch the bug: %s", result.stats().distinct(), ModelRuns.constants(buggyModel), bugName));
        }
        return ModelRuns.notRun(result).orElseGet(() -> Criterion.failed(name,
                "the buggy protocol stopped with " + result.verdict().id() + " before " + operator + " was decided", result));
    }

    private Criterion beyondTypes(PredicateEvaluation types, TlcConfig model) {
        String name = operator + " says more than TypeOK";
        if (!types.exhaustive()) {
            return Criterion.undecided(name, "the states TypeOK allows are too many to enumerate within "
                    + TypeSpace.LIMIT.toSeconds() + " s: not compared");
        }
        if (TypeSpace.impliedByTypeOK(types, 0)) {
            return Criterion.failed(name, String.format("it holds in every one of the %,d states TypeOK allows (%s): it states"
                    + " a type, not a property of the protocol", types.run().stats().distinct(), ModelRuns.constants(model)));
        }
        return Criterion.met(name, "some state TypeOK allows breaks it, so it is a fact about the protocol");
    }

    /** The outcome of a judge's run; the judge's own failures pass through as they are. */
    private static <T> T join(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("judging was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
