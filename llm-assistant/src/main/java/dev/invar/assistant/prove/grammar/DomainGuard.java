package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An atom taken from an action that applies a variable of the state at an index computed from the state, made
 * defined in every type-correct state: {@code memLog[memLen + 1] = VDATA1}, a guard of an append that its action
 * reads only below the log's capacity, becomes {@code (memLen + 1) \in DOMAIN memLog /\ (memLog[memLen + 1] = VDATA1)}.
 * Unguarded, TLC cannot evaluate the atom in the states where the index is out of range, and names no line of it:
 * the reachable states' pass then searches for it, a run per half of the atoms (a write-ahead log's three such
 * guards took 17 runs).
 */
final class DomainGuard {
    private DomainGuard() {
    }

    /**
     * The atom with each application of a state variable at a state-dependent index guarded, or as it is. A
     * variable of the state as the index is guarded unless its type is the function's domain: the next checkpoint
     * to take, {@code nextCkpt \in 1..MaxCkpt + 1}, is past the end of {@code srcSnap \in [Ckpt -> ...]} once all
     * are taken.
     *
     * @param sets each variable's set in the type invariant
     */
    static String guarded(String atom, ModuleOutline outline, java.util.Map<String, String> sets) {
        List<String> conditions = new ArrayList<>();
        List<String> boundInside = bound(atom);
        for (String variable : outline.variables()) {
            Matcher use = Pattern.compile("\\b" + Pattern.quote(variable) + "\\s*\\[").matcher(atom);
            int from = 0;
            while (use.find(from)) {
                String applied = variable;
                int open = use.end() - 1;
                while (open < atom.length() && atom.charAt(open) == '[') {
                    int close = closing(atom, open);
                    if (close < 0) {
                        return atom;
                    }
                    String index = atom.substring(open + 1, close).strip();
                    boolean outermost = applied.equals(variable);
                    boolean partial = outermost && isPartial(variable, sets);
                    boolean typed = index.matches("\\w+") && (!outline.variables().contains(index) && !partial
                            || outermost && ofDomainType(index, variable, sets));
                    boolean local = boundInside.stream().anyMatch(name -> ExpressionText.mentions(index, name));
                    if (!typed && !local && !index.contains(",") && (partial || !outline.variablesUsed(index).isEmpty())) {
                        String condition = "(" + index + ") \\in DOMAIN " + applied;
                        if (!conditions.contains(condition)) {
                            conditions.add(condition);
                        }
                    }
                    applied = applied + "[" + index + "]";
                    open = close + 1;
                }
                from = Math.max(open, use.end());
            }
        }
        return conditions.isEmpty() ? atom : String.join(" /\\ ", conditions) + " /\\ (" + atom + ")";
    }

    /**
     * The names the atom binds itself, {@code i} in {@code \A i \in 1..Len(log) : log[i] <= t}: an index that
     * reads one is guarded where it is bound, by the atom's own text, not outside it.
     */
    private static List<String> bound(String atom) {
        List<String> names = new ArrayList<>();
        Matcher binder = ExpressionText.BINDER.matcher(atom);
        while (binder.find()) {
            names.addAll(ExpressionText.bound(binder));
        }
        return names;
    }

    /**
     * Whether a function-valued variable has no one domain in every type-correct state: a log typed
     * {@code UNION {[{o \in Offset : o < n} -> Record] : n \in 0 .. MaxLen}} holds offset o only in some.
     */
    private static boolean isPartial(String variable, java.util.Map<String, String> sets) {
        String set = sets.get(variable) == null ? "" : SetSyntax.unparenthesised(sets.get(variable).strip());
        return set.startsWith("UNION ") && set.contains("->");
    }

    /** Whether the variable {@code index} is typed by the domain of the function-valued variable {@code function}. */
    private static boolean ofDomainType(String index, String function, java.util.Map<String, String> sets) {
        if (sets.get(function) == null || sets.get(index) == null) {
            return false;
        }
        Matcher functions = SetSyntax.FUNCTIONS.matcher(SetSyntax.unparenthesised(sets.get(function).strip()));
        return functions.matches() && SetSyntax.spaced(functions.group(1)).equals(SetSyntax.spaced(sets.get(index)));
    }

    /** The index of the bracket that closes the one at {@code open}, or -1. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '[' || c == '(' || c == '{' ? 1 : c == ']' || c == ')' || c == '}' ? -1 : 0;
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
