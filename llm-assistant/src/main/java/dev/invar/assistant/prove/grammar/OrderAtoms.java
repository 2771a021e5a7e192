package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The atoms of an inferred grammar over the spec's own order on values. When the safety property compares two
 * state values with an operator of the spec ({@code TagLeq(floor[c].write, result[c])}), that operator relates
 * any two terms whose values are of that kind ({@code TagLeq(maxTag[c], tag[r])}). And where the spec waits for
 * a number of replies ({@code Cardinality(replied[c]) = WriteQuorumSize}), it counts the elements whose value is
 * at least a term's, among all of them and among those not yet in a set of them:
 * {@code Cardinality({x \in Replica : TagLeq(completedWrite, tag[x]) /\ x \notin replied[c]}) >= WriteQuorumSize}.
 * A quorum protocol is safe because some quorum holds the latest value and every quorum it waits for meets that
 * one; no clause over single elements can say so.
 *
 * <p>{@link GrammarInference} reports the typed terms, the subsets and the safety property's parts while it reads
 * them; {@link #atoms} relates them once it knows the grammar's variables.
 */
final class OrderAtoms {
    private static final int MAX_ATOMS = 120;
    private static final Pattern APPLICATION = Pattern.compile("(?s)^(\\w+)\\((.+)\\)$");
    private static final String COMPARISON = "\\s*(?:<|=<|<=|=|>=|>|#)\\s*";
    private static final Pattern THRESHOLD = Pattern.compile("Cardinality\\(\\s*(\\w+)\\s*(?:\\[[^\\[\\]]*\\])?\\s*\\)"
            + COMPARISON + "(\\w+)|(\\w+)" + COMPARISON + "Cardinality\\(\\s*(\\w+)\\s*(?:\\[[^\\[\\]]*\\])?\\s*\\)");

    private final ModuleOutline outline;
    /** Each term with a value, by the union parts of the set it lies in. */
    private final Map<String, Set<String>> typed = new LinkedHashMap<>();
    /** Terms that are subsets of a constant set, by that set. */
    private final Map<String, List<String>> subsets = new LinkedHashMap<>();
    /** An order of the spec's: a two-argument operator and the kind of value it compares (union parts). */
    private final Map<String, Set<String>> orders = new LinkedHashMap<>();

    OrderAtoms(ModuleOutline outline) {
        this.outline = outline;
    }

    /** A term whose values lie in {@code set}. */
    void term(String term, String set) {
        typed.put(term, parts(set));
    }

    /** A term whose values are subsets of the constant set {@code elements}. */
    void subset(String term, String elements) {
        subsets.computeIfAbsent(elements, e -> new ArrayList<>()).add(term);
    }

    /**
     * A part of the safety property: if it applies a two-argument operator of the spec to two terms with values of
     * a common kind, that operator is an order on values of that kind.
     */
    void part(String atom) {
        Matcher call = APPLICATION.matcher(atom.strip());
        if (!call.matches() || outline.parameters(call.group(1)).size() != 2 || outline.definition(call.group(1)).isEmpty()) {
            return;
        }
        List<String> arguments = SetSyntax.topLevel(call.group(2), ',');
        if (arguments.size() != 2 || !typed.containsKey(arguments.get(0)) || !typed.containsKey(arguments.get(1))) {
            return;
        }
        Set<String> kind = new LinkedHashSet<>(typed.get(arguments.get(0)));
        kind.retainAll(typed.get(arguments.get(1)));
        if (!kind.isEmpty()) {
            orders.putIfAbsent(call.group(1), kind);
        }
    }

    /** @param bound the grammar's universal variables, by the set they range over */
    List<String> atoms(Map<String, List<String>> bound) {
        Set<String> seconds = new LinkedHashSet<>();
        bound.values().stream().filter(names -> names.size() > 1).forEach(names -> seconds.add(names.get(1)));
        List<String> out = new ArrayList<>();
        Map<String, Set<String>> thresholds = thresholds();
        orders.forEach((operator, kind) -> {
            List<String> terms = typed.entrySet().stream().filter(e -> e.getValue().containsAll(kind)).map(Map.Entry::getKey)
                    .filter(t -> seconds.stream().noneMatch(v -> ExpressionText.mentions(t, v))).toList();
            counts(operator, terms, thresholds, bound, seconds, out);
            for (String a : terms) {
                terms.stream().filter(b -> !b.equals(a)).forEach(b -> out.add(operator + "(" + a + ", " + b + ")"));
                bound.values().stream().filter(names -> names.size() > 1 && ExpressionText.mentions(a, names.get(0))).findFirst().ifPresent(names ->
                        out.add(operator + "(" + a + ", " + a.replaceAll("\\b" + Pattern.quote(names.get(0)) + "\\b", Matcher.quoteReplacement(names.get(1))) + ")"));
            }
        });
        return out.stream().distinct().limit(MAX_ATOMS).toList();
    }

    /**
     * The quorum counts: for each size a set of elements of D is compared with, each function over D into the
     * order's values, and each term not read at an element of D.
     */
    private void counts(String operator, List<String> terms, Map<String, Set<String>> thresholds, Map<String, List<String>> bound,
                        Set<String> seconds, List<String> out) {
        thresholds.forEach((variable, sizes) -> subsets.forEach((domain, sets) -> {
            List<String> names = bound.get(domain);
            if (names == null || sets.stream().noneMatch(s -> s.equals(variable) || s.startsWith(variable + "["))) {
                return;
            }
            String element = names.get(0);
            String x = ExpressionText.fresh(outline, "x");
            List<String> functions = terms.stream().filter(t -> t.matches("\\w+\\[" + Pattern.quote(element) + "\\]")).toList();
            List<String> others = terms.stream().filter(t -> names.stream().noneMatch(v -> ExpressionText.mentions(t, v))).toList();
            List<String> unanswered = sets.stream().filter(s -> seconds.stream().noneMatch(v -> ExpressionText.mentions(s, v))).toList();
            for (String size : sizes) {
                for (String f : functions) {
                    String at = f.replaceAll("\\b" + Pattern.quote(element) + "\\b", Matcher.quoteReplacement(x));
                    for (String t : others) {
                        String holds = operator + "(" + t + ", " + at + ")";
                        out.add("Cardinality({" + x + " \\in " + domain + " : " + holds + "}) >= " + size);
                        unanswered.forEach(s -> out.add("Cardinality({" + x + " \\in " + domain + " : " + holds + " /\\ " + x
                                + " \\notin " + s + "}) >= " + size));
                    }
                }
            }
        }));
    }

    /**
     * The sizes the spec compares a set-valued variable's size with, by variable: constants, or definitions that
     * read no variable ({@code Cardinality(replied[c]) < ReadQuorumSize}).
     */
    private Map<String, Set<String>> thresholds() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String body : outline.definitions().values()) {
            Matcher m = THRESHOLD.matcher(body);
            while (m.find()) {
                String variable = m.group(1) != null ? m.group(1) : m.group(4);
                String size = m.group(1) != null ? m.group(2) : m.group(3);
                if (outline.variables().contains(variable) && outline.isConstant(size)) {
                    out.computeIfAbsent(variable, v -> new LinkedHashSet<>()).add(size);
                }
            }
        }
        return out;
    }

    private Set<String> parts(String set) {
        Set<String> out = new LinkedHashSet<>();
        SetSyntax.union(set).forEach(p -> out.add(p.replaceAll("\\s+", " ")));
        return out;
    }

}
