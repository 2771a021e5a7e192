package dev.invar.cli.render;

import dev.invar.cli.ExitCodes;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Diagnostic;
import dev.invar.tlc.Mode;
import dev.invar.tlc.Stats;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.Trace;
import dev.invar.tlc.TraceState;
import dev.invar.tlc.Verdict;
import dev.invar.tlc.Violation;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The terminal report: a verdict line with the exact claim, statistics, and the counterexample as
 * numbered steps showing the action taken and the variables it changed.
 */
public final class TextReport {
    private final Style style;
    private final boolean fullStates;
    private final Path base;

    /** @param base paths under it are shown relative to it */
    public TextReport(Style style, boolean fullStates, Path base) {
        this.style = style;
        this.fullStates = fullStates;
        this.base = base;
    }

    public void render(CheckResult result, PrintWriter out) {
        out.println(relative(verdictLine(result)));
        if (result.stats().generated() >= 0) {
            out.println("  " + style.dim(statsLine(result)));
            result.run().model().ifPresent(m -> modelLines(m, out));
        }
        for (Diagnostic d : result.diagnostics().subList(Math.min(1, result.diagnostics().size()), result.diagnostics().size())) {
            out.println("  " + style.red("error: ") + relative(d.oneLine()));
        }
        for (Violation v : result.violations()) {
            out.println();
            if (result.violations().size() > 1 || TLC_WORDS_MATTER.contains(v.kind())) {
                out.println(style.bold(tlcWords(v.message())));
            }
            v.location().ifPresent(l -> out.println("  at " + relative(l.shortForm())));
            v.trace().ifPresent(t -> trace(t, out));
        }
        out.flush();
    }

    /** Findings whose TLC message says more than the claim does. */
    private static final java.util.Set<Verdict> TLC_WORDS_MATTER =
            java.util.EnumSet.of(Verdict.EVALUATION_ERROR, Verdict.ASSERT_FAILURE, Verdict.ASSUMPTION_FAILURE);

    private String relative(String text) {
        String prefix = base.toString() + java.io.File.separator;
        return text.replace(prefix, "");
    }

    private String verdictLine(CheckResult result) {
        String claim = Claim.of(result);
        String code = " [exit " + ExitCodes.of(result) + "]";
        if (result.passed()) {
            return style.green("✓ ") + style.bold(claim);
        }
        return switch (result.verdict()) {
            case TIMED_OUT, CANCELLED -> style.yellow("! ") + style.bold(claim) + style.dim(code);
            default -> style.red("✗ ") + style.bold(claim) + style.dim(code);
        };
    }

    private static String statsLine(CheckResult result) {
        Stats s = result.stats();
        StringBuilder line = new StringBuilder();
        if (result.run().mode() == Mode.SIMULATE) {
            line.append("simulation: ").append(Numbers.count(s.generated())).append(" states generated");
        } else {
            line.append(Numbers.count(s.generated())).append(" states generated, ")
                    .append(Numbers.count(s.distinct())).append(" distinct, ")
                    .append(Numbers.count(s.leftOnQueue())).append(" left on queue, depth ").append(s.depth() < 0 ? "?" : s.depth());
        }
        line.append(" · ").append(Numbers.duration(s.duration()));
        s.workers().ifPresent(w -> line.append(" · ").append(w).append(w == 1 ? " worker" : " workers"));
        result.run().tlcVersion().ifPresent(v -> line.append(" · TLC ").append(v));
        return line.toString();
    }

    private void modelLines(TlcConfig model, PrintWriter out) {
        if (!model.invariants().isEmpty()) {
            out.println("  " + style.dim("invariants: " + String.join(", ", model.invariants())));
        }
        if (!model.properties().isEmpty()) {
            out.println("  " + style.dim("properties: " + String.join(", ", model.properties())));
        }
    }

    /** Prints a trace as numbered steps showing what changed. */
    public void trace(Trace trace, PrintWriter out) {
        out.println(style.bold("Counterexample") + style.dim(" (" + trace.length() + (trace.length() == 1 ? " state" : " states")
                + (trace.isLasso() ? ", a lasso" : "") + ")") + ":");
        Map<String, TlaValue> previous = Map.of();
        int width = Integer.toString(trace.length()).length();
        for (TraceState s : trace.states()) {
            String number = String.format("%" + width + "d", s.number());
            String where = s.location().map(l -> "  " + style.dim(relative(l.shortForm()))).orElse("");
            if (s.isStuttering()) {
                out.println(" " + number + "  " + style.cyan("Stuttering") + style.dim("  (nothing happens any more, forever)"));
                continue;
            }
            out.println(" " + number + "  " + style.cyan(s.action()) + where);
            int unchanged = 0;
            for (Map.Entry<String, TlaValue> v : s.variables().entrySet()) {
                TlaValue before = previous.get(v.getKey());
                boolean changed = s.isInitial() || !Objects.equals(before, v.getValue());
                if (changed || fullStates) {
                    String line = v.getKey() + " = " + v.getValue().toTla();
                    out.println(" ".repeat(width + 5) + (changed || s.isInitial() ? line : style.dim(line)));
                } else {
                    unchanged++;
                }
            }
            if (unchanged > 0) {
                out.println(" ".repeat(width + 5) + style.dim("(" + unchanged + " unchanged)"));
            }
            previous = s.variables();
        }
        trace.loopsBackTo().ifPresent(k -> out.println(" ".repeat(width + 1) + "  " + style.yellow("↺ back to state " + k)
                + trace.loopAction().map(a -> style.dim(" by " + a)).orElse("") + style.dim("  (and round again, forever)")));
    }

    private static String tlcWords(String message) {
        List<String> lines = message.lines().filter(l -> !l.isBlank()).toList();
        return lines.stream().map(String::strip).collect(java.util.stream.Collectors.joining(" "));
    }
}
