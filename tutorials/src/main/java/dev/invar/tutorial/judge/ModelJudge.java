package dev.invar.tutorial.judge;

import dev.invar.tlc.CheckResult;
import dev.invar.tlc.ConfigSyntaxException;
import dev.invar.tlc.TlcConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A model the learner writes: their own cfg for a module of the lesson. It is accepted when the cfg checks the
 * required invariants, keeps the constants the exercise fixes, passes TLC, and is not trivially small.
 *
 * @param module the module the cfg is for, in the lesson's folder
 * @param config the learner's cfg, in the lesson's folder
 * @param invariants invariants the model must check
 * @param constants constants the exercise fixes, with their values in cfg syntax
 */
public record ModelJudge(String module, String config, List<String> invariants, Map<String, String> constants,
                         StateFloor floor) implements Judge {
    public ModelJudge {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(config, "config");
        invariants = List.copyOf(invariants);
        constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        Objects.requireNonNull(floor, "floor");
    }

    @Override
    public List<String> files() {
        return List.of(config);
    }

    @Override
    public List<Criterion> judge(JudgeContext context) {
        TlcConfig model;
        try {
            model = TlcConfig.parse(Files.readString(ModelRuns.learnerFile(context, config)),
                    context.lessonDirectory().resolve(config).toString());
        } catch (ConfigSyntaxException e) {
            return List.of(Criterion.failed("TLC can run it", e.file() + ":" + e.line() + ":" + e.column() + ": " + e.problem()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Criterion> criteria = new ArrayList<>();
        List<String> missing = invariants.stream().filter(i -> !model.invariants().contains(i)).toList();
        criteria.add(missing.isEmpty() ? Criterion.met("the model checks " + String.join(", ", invariants), "listed under INVARIANTS")
                : Criterion.failed("the model checks " + String.join(", ", invariants), "not listed under INVARIANTS in "
                        + config + ": " + String.join(", ", missing)));
        constants.forEach((name, value) -> criteria.add(constant(model, name, value)));
        CheckResult result = ModelRuns.check(context, module, model);
        Optional<Criterion> broken = ModelRuns.notRun(result);
        if (broken.isPresent()) {
            criteria.add(broken.get());
            return criteria;
        }
        criteria.add(ModelRuns.passes("the model passes", result, ModelRuns.constants(model)));
        if (result.passed()) {
            criteria.add(floor.judge(result.stats().distinct(),
                    "the model is too small to show what the exercise is about"));
        }
        return criteria;
    }

    private static Criterion constant(TlcConfig model, String name, String value) {
        String criterion = name + " = " + value;
        Optional<String> actual = model.constant(name).map(TlcConfig.Constant::value);
        if (actual.map(ModelJudge::normal).filter(normal(value)::equals).isPresent()) {
            return Criterion.met(criterion, "as the exercise fixes it");
        }
        return Criterion.failed(criterion, actual.map(a -> "the model has " + name + " = " + a).orElse(name + " is not set")
                + "; the exercise fixes it to " + value);
    }

    /** Values compared as TLC reads them: spacing does not matter. */
    private static String normal(String value) {
        return value.replaceAll("\\s+", "");
    }
}
