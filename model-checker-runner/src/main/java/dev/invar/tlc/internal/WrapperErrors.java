package dev.invar.tlc.internal;

import dev.invar.tlc.Diagnostic;
import dev.invar.tlc.SourceLocation;
import dev.invar.tlc.Verdict;
import dev.invar.tlc.Violation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Errors SANY and TLC place in the wrapper module or config Invar generated for a request's expressions, said of
 * what the request gave instead: "invariant `x = (` ends too early: …" rather than a line of a module the user
 * never saw, and "The invariant Nope is not defined …" rather than a line of a generated config that is deleted
 * once the run ends.
 */
public final class WrapperErrors {
    private WrapperErrors() {
    }

    /** The diagnostic said of the given expression it lies in, when SANY or TLC placed it in the wrapper module. */
    public static Diagnostic inModule(Diagnostic d, String wrapperModule, List<GeneratedModel.Given> given) {
        return d.location().flatMap(at -> place(at, wrapperModule, given))
                .map(where -> new Diagnostic(d.kind(), d.code(), where + ": " + withoutWrapper(d.message(), wrapperModule),
                        Optional.empty()))
                .orElse(d);
    }

    /** The violation said of the given expression TLC was evaluating, when TLC placed it in the wrapper module. */
    public static Violation inModule(Violation v, String wrapperModule, List<GeneratedModel.Given> given) {
        return v.location().flatMap(at -> place(at, wrapperModule, given))
                .map(where -> new Violation(v.kind(), v.property(), where + ": " + withoutWrapper(v.message(), wrapperModule),
                        Optional.empty(), v.trace()))
                .orElse(v);
    }

    /** The run's diagnostics and violations, each said of the given expression it lies in (see above). */
    public static dev.invar.tlc.CheckResult inModule(dev.invar.tlc.CheckResult r, String module, List<GeneratedModel.Given> given) {
        return new dev.invar.tlc.CheckResult(r.verdict(), r.violations().stream().map(v -> inModule(v, module, given)).toList(),
                r.diagnostics().stream().map(d -> inModule(d, module, given)).toList(), r.stats(), r.run());
    }

    /**
     * A config error TLC found in the generated config (it names the culprit, not where it is), when the culprit is
     * not in the user's own config: the message without a file, since the user wrote none of that config.
     */
    public static Diagnostic inGeneratedConfig(Diagnostic d) {
        if (d.kind() != Verdict.CONFIG_ERROR || d.location().isPresent()) {
            return d;
        }
        return new Diagnostic(d.kind(), d.code(), d.message().replace(" specified in the configuration file", ""), Optional.empty());
    }

    /**
     * Where a place in a module lies within a given expression the module holds.
     *
     * @param endsEarly the place is past the expression's end, where the module's next text begins: SANY noticed only
     *                  there that the expression was unfinished
     * @param line the line within the expression (from 1), when not past its end
     * @param column the column within that line (from 1), when not past its end
     */
    public record Within(boolean endsEarly, int line, int column) {
    }

    /** Where {@code at} lies within {@code g}, or empty when it lies elsewhere. */
    public static Optional<Within> within(SourceLocation at, GeneratedModel.Given g) {
        if (g.isName() || at.line() < g.firstLine() || at.line() > g.nextLine() || (at.line() == g.nextLine() && at.column() > 1)) {
            return Optional.empty();
        }
        if (at.line() > g.lastLine()) {
            return Optional.of(new Within(true, 0, 0));
        }
        return Optional.of(new Within(false, at.line() - g.firstLine() + 1, Math.max(1, at.column() - g.indent())));
    }

    /** "invariant `x = (` at column 5": the given expression a place in the wrapper module lies in, and where in it. */
    private static Optional<String> place(SourceLocation at, String wrapperModule, List<GeneratedModel.Given> given) {
        if (!at.module().equals(wrapperModule)) {
            return Optional.empty();
        }
        GeneratedModel.Given owner = null;
        for (GeneratedModel.Given g : given) {
            if (!g.isName() && g.firstLine() <= at.line() && (owner == null || g.firstLine() > owner.firstLine())) {
                owner = g;
            }
        }
        GeneratedModel.Given expression = owner;
        return Optional.ofNullable(owner).flatMap(g -> within(at, g)).map(w -> expression.role() + " `" + expression.expression() + "`"
                + (w.endsEarly() ? " ends too early"
                        : expression.firstLine() == expression.lastLine() ? " at column " + w.column()
                        : " at line " + w.line() + ", column " + w.column()));
    }

    private static String withoutWrapper(String message, String wrapperModule) {
        return withoutRegionsOf(message, Pattern.quote(wrapperModule));
    }

    /**
     * TLC's message without the regions it names in generated modules ("line 6, col 5 to … of module InvarModel_M"),
     * which the user never saw.
     *
     * @param modules a regular expression that matches the generated modules' names
     */
    public static String withoutRegionsOf(String message, String modules) {
        return message.replaceAll("\\s*line \\d+, col \\d+ to line \\d+, col \\d+ of module " + modules + "(?![A-Za-z0-9_])", "")
                .strip();
    }
}
