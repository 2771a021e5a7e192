package dev.invar.tutorial.judge;

import dev.invar.tlc.CheckResult;
import dev.invar.tlc.TlcConfig;
import java.util.List;
import java.util.Objects;

/**
 * A fix to a buggy action, in the seeded-bug module the learner edits. It is accepted when the library's
 * model of the bug (its constants, its behaviour, its invariants) now passes and the state space is not
 * trivially cut down.
 *
 * @param module the module the learner fixes, in the lesson's folder
 * @param config the library config of the seeded bug: the model the fix must pass
 */
public record FixJudge(String module, String config, StateFloor floor) implements Judge {
    public FixJudge {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(floor, "floor");
    }

    @Override
    public List<String> files() {
        return List.of(module);
    }

    @Override
    public List<Criterion> judge(JudgeContext context) {
        TlcConfig model = context.libraryConfig(config);
        CheckResult result = ModelRuns.check(context, module, model);
        return ModelRuns.notRun(result).map(List::of).orElseGet(() -> result.passed()
                ? List.of(ModelRuns.passes(passName(model), result, ModelRuns.constants(model)), floor.judge(result.stats().distinct(),
                        "the fix blocks behaviours the protocol must keep (an action that can never happen cannot go wrong)"))
                : List.of(ModelRuns.passes(passName(model), result, ModelRuns.constants(model))));
    }

    private static String passName(TlcConfig model) {
        return "the model passes (" + String.join(", ", model.invariants()) + ")";
    }
}
