package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Atoms that say a quantity is kept: the sum of a function's entries over its domain (the weight each process holds,
 * balances) and of an integer field over a set of messages (weight or money in flight), alone and together, against an
 * integer variable of the spec or the bound of its range: {@code Sum(Proc, ref) + Sum(msgs, [m \in msgs |-> m.w]) <= total}.
 * Weighted reference counting, transfers and credit-based flow control are safe because such a sum is kept, which no
 * atom over single entries or messages says. {@link GrammarInference} reports the functions, fields and integers it
 * finds while it reads the types; a function is a quantity only where the spec takes from an entry
 * ({@code ref[p] \div 2}, {@code bal[a] - k}), and a field only where it adds or subtracts it ({@code total - m.w}):
 * clocks, tickets and timestamps only ever grow, and their sums mean nothing. The sum is a recursive operator defined inside each atom, so that a lemma reads on
 * its own and needs no module beyond Naturals.
 */
final class SumAtoms {
    private static final int MAX_SUMS = 16;

    private final ModuleOutline outline;
    /** Every definition of the spec, where it takes from a quantity. */
    private final String specText;
    /** Each quantity as a call of the sum operator, before the operator's name is chosen: {@code %s(Proc, ref)}. */
    private final List<String> functions = new ArrayList<>();
    private final List<String> messages = new ArrayList<>();
    /** Integer variables, and the upper bounds of their ranges. */
    private final Set<String> totals = new LinkedHashSet<>();

    SumAtoms(ModuleOutline outline) {
        this.outline = outline;
        this.specText = String.join("\n", outline.definitions().values());
    }

    /** A function variable over the constant set {@code domain} into integers, up to {@code ceiling} when they are a range. */
    void function(String variable, String domain, java.util.Optional<String> ceiling) {
        String f = Pattern.quote(variable);
        if (Pattern.compile("\\b" + f + "\\s*\\[[^\\[\\]]*\\]\\s*(-(?!>)|\\\\div)|\\b" + f + "'\\s*=\\s*\\[\\s*" + f
                + "\\s+EXCEPT\\s+![^=]*=\\s*@\\s*(-(?!>)|\\\\div)").matcher(specText).find()) {
            functions.add("%s(" + domain + ", " + variable + ")");
            ceiling.ifPresent(totals::add);
        }
    }

    /** A set of messages every one of which has the integer field {@code field}. */
    void field(String variable, String field) {
        String f = Pattern.quote(field);
        if (!Pattern.compile("(?<![-+])[-+]\\s*\\w+\\." + f + "\\b|\\b\\w+\\." + f + "\\s*[-+](?![->])").matcher(specText).find()) {
            return;
        }
        String m = ExpressionText.fresh(outline, "m");
        messages.add("%s(" + variable + ", [" + m + " \\in " + variable + " |-> " + m + "." + field + "])");
    }

    /** An integer variable, or the upper bound of an integer variable's range. */
    void total(String term) {
        totals.add(term);
    }

    /** Each quantity alone and each function's with each message field's, against each total: at most {@value #MAX_SUMS}. */
    List<String> atoms() {
        List<String> sums = new ArrayList<>(functions);
        sums.addAll(messages);
        functions.forEach(f -> messages.forEach(m -> sums.add(f + " + " + m)));
        if (sums.isEmpty() || totals.isEmpty()) {
            return List.of();
        }
        String sum = ExpressionText.fresh(outline, "Sum");
        String s = ExpressionText.fresh(outline, "s");
        String f = ExpressionText.fresh(outline, "f");
        String x = ExpressionText.fresh(outline, "x");
        String y = ExpressionText.fresh(outline, "y");
        String definition = "LET RECURSIVE " + sum + "(_, _) " + sum + "(" + s + ", " + f + ") == IF " + s + " = {} THEN 0 ELSE LET "
                + x + " == CHOOSE " + y + " \\in " + s + " : TRUE IN " + f + "[" + x + "] + " + sum + "(" + s + " \\ {" + x + "}, " + f + ") IN ";
        List<String> out = new ArrayList<>();
        for (String total : totals) {
            for (String quantity : sums) {
                String called = quantity.replace("%s", sum);
                out.add(definition + called + " <= " + total);
                out.add(definition + called + " = " + total);
            }
        }
        return out.stream().limit(MAX_SUMS).toList();
    }
}
