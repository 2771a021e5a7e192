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
    /** An order right after a term: {@code <}, {@code <=}, {@code >}, {@code >=}, {@code =<}, not {@code =>} or {@code <=>}. */
    private static final Pattern ORDER_AFTER = Pattern.compile("\\s*(?:<=|>=|=<|<|>)(?![<>=])");

    /** An order right before a term. */
    private static final Pattern ORDER_BEFORE = Pattern.compile("(?<![-=<>|])(?:<=|>=|=<|<|>)\\s*$");

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
        conditions.addAll(sentinelGuards(atom, outline, sets));
        return conditions.isEmpty() ? atom : String.join(" /\\ ", conditions) + " /\\ (" + atom + ")";
    }

    /**
     * What makes the atom's orders defined: a term typed as a number or a sentinel, {@code snap \in Time \cup {None}},
     * compared by an order, {@code prepTs[VPARTITION1] <= snap}, is no sentinel. TLC cannot compare None with a number,
     * so unguarded the atom would be set aside in the reachable states where the read has no snapshot yet. A term the
     * atom compares with the sentinel itself (whether the partition has prepared) is left as it is.
     */
    private static List<String> sentinelGuards(String atom, ModuleOutline outline, java.util.Map<String, String> sets) {
        List<String> conditions = new ArrayList<>();
        for (String variable : outline.variables()) {
            String type = sets.get(variable) == null ? "" : SetSyntax.unparenthesised(sets.get(variable).strip());
            Matcher functions = SetSyntax.FUNCTIONS.matcher(type);
            boolean entries = functions.matches();
            List<String> sentinels = sentinels(entries ? functions.group(2) : type, outline);
            if (sentinels.isEmpty()) {
                continue;
            }
            Matcher use = Pattern.compile("\\b" + Pattern.quote(variable) + "\\b").matcher(atom);
            while (use.find()) {
                int end = use.end();
                if (entries) {
                    if (end >= atom.length() || atom.charAt(end) != '[' || closing(atom, end) < 0) {
                        continue;
                    }
                    end = closing(atom, end) + 1;
                } else if (atom.startsWith("[", end) || atom.startsWith("'", end)) {
                    continue;
                }
                String term = atom.substring(use.start(), end);
                if (tests(atom, term, sentinels)) {
                    continue;
                }
                if (ORDER_AFTER.matcher(atom.substring(end)).lookingAt() || ORDER_BEFORE.matcher(atom.substring(0, use.start())).find()) {
                    sentinels.stream().map(n -> term + " # " + n).filter(c -> !conditions.contains(c)).forEach(conditions::add);
                }
            }
        }
        return conditions;
    }

    /** Whether the atom compares the term with a sentinel itself, {@code prepTs[p] # None /\\ prepTs[p] <= snap}. */
    private static boolean tests(String atom, String term, List<String> sentinels) {
        String t = Pattern.quote(term);
        return sentinels.stream().map(Pattern::quote).anyMatch(n -> Pattern.compile(t + "\\s*(?:=|#|/=)\\s*" + n + "\\b|\\b" + n
                + "\\s*(?:=|#|/=)\\s*" + t).matcher(atom).find());
    }

    /** The sentinels of a set of numbers or sentinels, {@code None} in {@code Time \\cup {None}}; none for other sets. */
    private static List<String> sentinels(String set, ModuleOutline outline) {
        java.util.Optional<SetSyntax.WithSentinels> split = SetSyntax.withSentinels(set);
        boolean numbers = split.filter(w -> w.sets().stream().allMatch(p -> isNumbers(p, outline))
                && w.sentinels().stream().allMatch(outline::isConstant)).isPresent();
        return numbers ? split.get().sentinels() : List.of();
    }

    /** A range, Nat or Int, written out or by name. */
    private static boolean isNumbers(String set, ModuleOutline outline) {
        String expanded = set.matches("\\w+") ? outline.definition(set).map(d -> SetSyntax.unparenthesised(d.strip())).orElse(set) : set;
        return SetSyntax.RANGE.matcher(expanded).matches() || expanded.equals("Nat") || expanded.equals("Int");
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
