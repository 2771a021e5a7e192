package dev.invar.tutorial.judge;

import dev.invar.tlc.CheckResult;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A behaviour specification the learner writes (typically the protocol's Spec with fairness conditions). It
 * is accepted on TLC's liveness verdict: the property holds under it, with the library model's constants,
 * and the state space is not cut down (a spec that forbids steps can make anything hold).
 *
 * @param module the learner's module, in the lesson's folder
 * @param specification the learner's behaviour spec, an operator of that module
 * @param property the temporal property that must hold under it
 * @param config the library config whose constants make the model
 */
public record LivenessJudge(String module, String specification, String property, String config, StateFloor floor)
        implements Judge {
    public LivenessJudge {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(floor, "floor");
    }

    @Override
    public List<String> files() {
        return List.of(module);
    }

    @Override
    public List<Criterion> judge(JudgeContext context) {
        TlcConfig model = context.libraryConfig(config).withBehaviour(Optional.empty(), Optional.empty(), Optional.of(specification))
                .withInvariants(List.of()).withProperties(List.of(property));
        CheckResult result = ModelRuns.check(context, module, model);
        Optional<Criterion> broken = ModelRuns.notRun(result);
        if (broken.isPresent()) {
            return List.of(broken.get());
        }
        String name = property + " holds under " + specification;
        String constants = ModelRuns.constants(model);
        if (result.verdict() == Verdict.LIVENESS_VIOLATION) {
            return List.of(Criterion.failed(name, "TLC found a behaviour allowed by " + specification + " in which " + property
                    + " never comes true (" + constants + "); it ends in the loop or the stuttering shown below: which"
                    + " step is enabled there but never taken?", result));
        }
        Criterion holds = ModelRuns.passes(name, result, constants);
        return result.passed() ? List.of(holds, floor.judge(result.stats().distinct(),
                "the spec forbids behaviours the protocol has (a spec that allows nothing makes anything hold)")) : List.of(holds);
    }
}
