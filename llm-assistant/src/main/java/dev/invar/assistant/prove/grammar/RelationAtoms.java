package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The atoms of an inferred grammar over the spec's relations between constants, which no state variable's type
 * names. A ring protocol orders its nodes and compares their identifiers: {@code Between(a, b, c)}, defined by the
 * spec to say b lies between a and c along the ring, and {@code Id[k] < Id[o]}, where the spec compares
 * identifiers ({@code i > Id[n]}). Chang and Roberts' election is safe because an identifier in flight has passed
 * only nodes with smaller ones, which needs both.
 *
 * <p>A relation is an operator of two or three parameters that reads no state and is a formula comparing its
 * parameters by order; it applies to the variables of each set of numbers the prefix quantifies over, in every
 * order. A three-place relation gives such a set a third variable ({@link #wantsThird}). The order of a constant
 * function's values is an atom where the state holds those values as the set {@code {F[x] : x \in D}} and the spec
 * compares {@code F[…]} with {@code <}, {@code >}, {@code <=} or {@code >=}.
 */
final class RelationAtoms {
    /** An order comparison: not part of {@code <<}, {@code >>}, {@code ->}, {@code |->}, {@code =>} or {@code <=>}. */
    private static final String ORDER = "(?:=<|<=(?!>)|>=|\\\\leq|\\\\geq|(?<![<\\-|=])<(?![<=>])|(?<![>\\-|=<])>(?![>=]))";
    /** Two names compared by order, e.g. {@code m < n}, not parts of longer terms ({@code f[m] < n}, {@code m < n + 1}). */
    private static final Pattern COMPARED = Pattern.compile("(?<![\\w\\]\\[.]|[-+*]\\s{0,2})(\\w+)\\s*(" + ORDER + ")\\s*(\\w+)(?![\\w\\[(.]|\\s*[-+*])");
    private static final Pattern KEYWORD = Pattern.compile("\\b(IF|THEN|ELSE)\\b");
    private static final Pattern FORMULA = Pattern.compile("/\\\\|\\\\/|=>|~|=|#|" + ORDER + "|\\\\in\\b|\\\\notin\\b|\\\\subseteq\\b");

    private final ModuleOutline outline;
    /** The relations, by name: each with its parameter count. */
    private final Map<String, Integer> relations = new LinkedHashMap<>();
    /** Constant functions whose values the spec orders, each with the set the state's values of it are drawn over. */
    private final Map<String, String> valueOrders = new LinkedHashMap<>();
    /** The functions {@link #mapped} has looked at. */
    private final Set<String> judged = new java.util.HashSet<>();

    RelationAtoms(ModuleOutline outline) {
        this.outline = outline;
        outline.definitions().forEach((name, body) -> {
            List<String> parameters = outline.parameters(name);
            if (parameters.size() >= 2 && parameters.size() <= 3 && outline.variablesUsed(body).isEmpty() && !body.contains("'")
                    && isFormula(body) && parameters.stream().allMatch(p -> ordered(body, p))) {
                relations.put(name, parameters.size());
            }
        });
    }

    /** Whether a set of numbers the prefix quantifies over needs three variables: a three-place relation applies to it. */
    boolean wantsThird() {
        return relations.containsValue(3);
    }

    /**
     * The state holds values {@code function[x]} for x in {@code domain} (the set {@code {Id[n] : n \in Node}}):
     * their order is an atom when the spec compares such values by order.
     */
    void mapped(String function, String domain) {
        // The grammar asks about the same image each time it meets it: the spec is read once per function.
        if (!judged.add(function)) {
            return;
        }
        Pattern compared = Pattern.compile(ORDER + "\\s*" + Pattern.quote(function) + "\\s*\\[|\\b" + Pattern.quote(function)
                + "\\s*\\[[^\\[\\]]*\\]\\s*" + ORDER);
        if (outline.isConstant(function) && outline.definitions().values().stream().anyMatch(b -> compared.matcher(b).find())) {
            valueOrders.put(function, domain);
        }
    }

    /**
     * @param bound the grammar's universal variables, by the set they range over
     * @param numeric whether a set is one of numbers
     */
    List<String> atoms(Map<String, List<String>> bound, Predicate<String> numeric) {
        Set<String> out = new LinkedHashSet<>();
        bound.forEach((domain, names) -> {
            if (numeric.test(domain)) {
                relations.forEach((relation, arity) -> permutations(names, arity, new ArrayList<>(), args -> out.add(relation + "(" + String.join(", ", args) + ")")));
            }
        });
        valueOrders.forEach((function, domain) -> permutations(bound.getOrDefault(domain, List.of()), 2, new ArrayList<>(),
                pair -> out.add(function + "[" + pair.get(0) + "] < " + function + "[" + pair.get(1) + "]")));
        return List.copyOf(out);
    }

    /**
     * Where an action compares two of its parameters over one set by order ({@code m < n}, node ids that are
     * numbers, in a bully election's {@code candidate' = [candidate EXCEPT ![n] = @ /\ m < n]}), that comparison
     * over the set's variables.
     *
     * @param renaming the action's parameters, each to the grammar's variable it becomes (or null)
     * @param bound the grammar's universal variables, by the set they range over
     */
    List<String> compared(String body, Map<String, String> renaming, Map<String, List<String>> bound) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = COMPARED.matcher(body);
        while (m.find()) {
            String a = renaming.get(m.group(1));
            String b = renaming.get(m.group(3));
            if (a != null && b != null && !a.equals(b)
                    && bound.values().stream().anyMatch(names -> names.contains(a) && names.contains(b))) {
                out.add(a + " " + m.group(2) + " " + b);
            }
        }
        return List.copyOf(out);
    }

    /** Each sequence of {@code k} distinct names, in every order. */
    private static void permutations(List<String> names, int k, List<String> picked, java.util.function.Consumer<List<String>> each) {
        if (picked.size() == k) {
            each.accept(List.copyOf(picked));
            return;
        }
        for (String n : names) {
            if (!picked.contains(n)) {
                picked.add(n);
                permutations(names, k, picked, each);
                picked.remove(picked.size() - 1);
            }
        }
    }

    private static boolean ordered(String body, String parameter) {
        String p = "\\b" + Pattern.quote(parameter) + "\\b";
        return Pattern.compile(p + "\\s*" + ORDER + "|" + ORDER + "\\s*" + p).matcher(body).find();
    }

    /** Whether an expression is a formula: IF c THEN f ELSE g with formulas f and g, or one with a logical or relational operator outside brackets. */
    static boolean isFormula(String expression) {
        String e = SetSyntax.unparenthesised(expression.strip());
        if (e.equals("TRUE") || e.equals("FALSE") || e.startsWith("\\A") || e.startsWith("\\E")) {
            return true;
        }
        if (e.startsWith("IF ")) {
            int[] split = ifSplit(e);
            return split != null && isFormula(e.substring(split[0] + 4, split[1])) && isFormula(e.substring(split[1] + 4));
        }
        return FORMULA.matcher(outside(e)).find();
    }

    /** The positions of the THEN and ELSE of the IF that {@code e} starts with, or null. */
    static int[] ifSplit(String e) {
        if (!e.matches("(?s)^IF\\b.*")) {
            return null;
        }
        Matcher k = KEYWORD.matcher(e);
        int open = 0;
        int then = -1;
        while (k.find()) {
            if (depth(e, k.start()) != 0) {
                continue;
            }
            switch (k.group(1)) {
                case "IF" -> open++;
                case "THEN" -> then = open == 1 && then < 0 ? k.start() : then;
                default -> {
                    open--;
                    if (open == 0) {
                        return then < 0 ? null : new int[] {then, k.start()};
                    }
                }
            }
        }
        return null;
    }

    /** The expression with what lies inside brackets blanked. */
    private static String outside(String e) {
        StringBuilder s = new StringBuilder();
        int depth = 0;
        for (char c : e.toCharArray()) {
            depth += c == '(' || c == '[' || c == '{' ? 1 : 0;
            s.append(depth == 0 ? c : ' ');
            depth -= c == ')' || c == ']' || c == '}' ? 1 : 0;
        }
        return s.toString();
    }

    private static int depth(String e, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = e.charAt(i);
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
        }
        return depth;
    }
}
