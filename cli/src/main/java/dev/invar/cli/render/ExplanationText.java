package dev.invar.cli.render;

import dev.invar.assistant.explain.ConjunctVerdict;
import dev.invar.assistant.explain.Step;
import dev.invar.assistant.explain.Summary;
import dev.invar.tlc.Verdict;
import java.util.Locale;

/**
 * The structured account of {@code invar explain}: each step's action and the variables it changed, then
 * which conjunct of the violated property TLC found false in the last state.
 */
public final class ExplanationText {
    private ExplanationText() {
    }

    /** @param headline the one sentence the result supports (see {@link Claim}) */
    public static String render(String headline, Summary summary) {
        StringBuilder out = new StringBuilder(headline).append("\n\nStep by step:\n");
        for (Step step : summary.steps()) {
            out.append("  ").append(step.number()).append(". ").append(step.action());
            if (step.changes().isEmpty()) {
                out.append(": nothing changes\n");
                continue;
            }
            out.append('\n');
            for (Step.Change c : step.changes()) {
                out.append("       ").append(c.variable()).append(c.delta().map(d -> " " + d)
                        .orElseGet(() -> c.before().map(b -> ": " + b + " -> ").orElse(" = ") + c.after())).append('\n');
            }
        }
        summary.counterexample().trace().loopsBackTo()
                .ifPresent(n -> out.append("  then back to state ").append(n).append(", for ever\n"));
        int last = summary.steps().get(summary.steps().size() - 1).number();
        String property = summary.counterexample().property().orElse("the property");
        Verdict kind = summary.counterexample().kind();
        if (summary.undecidedBecause().isPresent() && (kind == Verdict.DEADLOCK || kind == Verdict.LIVENESS_VIOLATION)) {
            String why = summary.undecidedBecause().get();
            out.append('\n').append(Character.toUpperCase(why.charAt(0))).append(why.substring(1)).append(".\n");
            return out.toString();
        }
        if (summary.undecidedBecause().isPresent()) {
            out.append("\nWhich part of ").append(property).append(" fails was not decided: ")
                    .append(summary.undecidedBecause().get()).append(".\n");
            return out.toString();
        }
        out.append("\nIn state ").append(last).append(", TLC evaluates each conjunct of ").append(property).append(":\n");
        for (ConjunctVerdict c : summary.conjuncts()) {
            out.append("  ").append(String.format(Locale.ROOT, "%-9s", c.truth().name().toLowerCase(Locale.ROOT)))
                    .append(c.conjunct().replace("\n", "\n           ")).append('\n');
            if (!c.falseFor().isEmpty()) {
                out.append("           false for ").append(String.join("; ", c.falseFor())).append('\n');
            }
            c.undecidedBecause().ifPresent(why -> out.append("           ").append(why).append('\n'));
        }
        if (summary.failed().isEmpty()) {
            out.append("No conjunct is false in state ").append(last)
                    .append(": the violation lies in a step (an action property) or TLC evaluates the property differently.\n");
        }
        return out.toString();
    }
}
