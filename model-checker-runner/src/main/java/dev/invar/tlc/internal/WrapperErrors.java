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
        if (owner == null) {
            return Optional.empty();
        }
        String what = owner.role() + " `" + owner.expression() + "`";
        if (at.line() > owner.nextLine() || (at.line() == owner.nextLine() && at.column() > 1)) {
            return Optional.empty();
        }
        if (at.line() > owner.lastLine()) {
            // SANY noticed it only where the next definition, or the module's end, begins.
            return Optional.of(what + " ends too early");
        }
        int column = Math.max(1, at.column() - owner.indent());
        return Optional.of(what + (owner.firstLine() == owner.lastLine() ? " at column " + column
                : " at line " + (at.line() - owner.firstLine() + 1) + ", column " + column));
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
