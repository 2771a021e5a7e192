package dev.invar.assistant.prove;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The TLA+ expression whose value in a state is a grammar's groups of rows (see {@link PredicateGrammar#features()}).
 * <p>
 * Each atom is evaluated once per binding of the variables it mentions, in a table per list of variables: a function
 * over their sets, made whole once per state ({@code IF f = f}) so that TLC does not evaluate its body again at each
 * application. An atom that mentions no variable is evaluated once per state. The truth values are packed into
 * integers, {@value PredicateGrammar#BITS_PER_INT} to one (value {@code i} in bit {@code i mod 30} of integer
 * {@code i / 30}), since TLC compares, sorts and prints sets of these rows many times faster than sets of tuples of
 * booleans. A table holds its atoms' bits; each level of the universal variables adds the tables whose last variable
 * it binds to what the levels outside it added, so a row adds only the tables of the existential variables. Without
 * tables, TLC evaluated an atom again for each binding of the variables bound before its last one, and each row summed
 * every atom's bit (a lease-based election: 89 atoms, 576 bindings and 4 quorums in each of 4,042 states).
 * <p>
 * A universal variable over a set of the state (the messages in flight, say) may have no value. Its group must still
 * say what the lemmas over the other variables say, so it is bound to a one-element tuple, {@code <<>>} when the set
 * is empty; then each atom that mentions it is both true and false (two rows, one per value of VACUOUS), so no clause
 * over it is false there, as with {@code \A} over an empty set. Such an atom is a definition of its own, which TLC
 * evaluates only where it is used.
 * <p>
 * Few definitions are in scope at once: TLC looks up every operator a row applies by walking the chain of definitions
 * in scope (quorum-register, with one definition per atom: 44% of the pass's samples in that walk).
 */
final class RowExpression {
    private static final String SOME = "InvarSome_";
    private static final String VACUOUS = "InvarVacuous";
    private static final String ELEMENT = "InvarElement";
    private static final String VALUE = "InvarValue_";
    private static final String CONSTANT = "InvarValues_0";
    private static final String TABLE = "InvarTable_";
    private static final String LOOKED = "InvarLooked_";
    private static final String PACKED = "InvarPacked_";
    /** A table's function, named as the spec names nothing: SANY refuses a LET that shadows the spec's {@code f}. */
    private static final String WHOLE = "InvarWhole";

    private final List<String[]> universals;
    private final List<String[]> existentials;
    private final List<String> optional;
    /** The set each variable of the prefix ranges over. */
    private final Map<String, String> sets = new LinkedHashMap<>();
    private final int ints;
    /** Per level (0: no universal variable bound yet; k: the first k bound), the definitions made there. */
    private final List<List<String>> definitions = new ArrayList<>();
    /** Per level, per packed integer, the terms added there. */
    private final List<List<List<String>>> added = new ArrayList<>();
    /** The definitions and, per packed integer, the terms each row adds. */
    private final List<String> rowDefinitions = new ArrayList<>();
    private final List<List<String>> rowAdded;

    private RowExpression(List<String[]> universals, List<String[]> existentials, List<String> optional, int atoms) {
        this.universals = universals;
        this.existentials = existentials;
        this.optional = optional;
        universals.forEach(u -> sets.put(u[0], u[1]));
        existentials.forEach(x -> sets.put(x[0], x[1]));
        this.ints = (atoms + PredicateGrammar.BITS_PER_INT - 1) / PredicateGrammar.BITS_PER_INT;
        for (int j = 0; j <= universals.size(); j++) {
            definitions.add(new ArrayList<>());
            added.add(perInteger());
        }
        this.rowAdded = perInteger();
    }

    /**
     * @param universals the universal bindings, (name, set), in the prefix's order
     * @param existentials the existential bindings
     * @param optional the universal variables over sets of the state
     * @param calls each atom applied to the variables it mentions
     * @param uses the variables each atom mentions, in the prefix's order
     */
    static String of(List<String[]> universals, List<String[]> existentials, List<String> optional, List<String> calls,
                     List<List<String>> uses) {
        RowExpression e = new RowExpression(universals, existentials, optional, calls.size());
        List<String> constant = new ArrayList<>();
        Map<List<String>, List<Integer>> tables = new LinkedHashMap<>();
        for (int i = 0; i < calls.size(); i++) {
            List<String> u = uses.get(i);
            if (u.stream().anyMatch(optional::contains)) {
                e.definitions.get(e.level(u)).add(VALUE + i + " == " + calls.get(i));
                List<String> absent = u.stream().filter(optional::contains).map(v -> SOME + v + " = <<>>").toList();
                e.rowAdded.get(integer(i)).add(bit("(IF " + String.join(" \\/ ", absent) + " THEN " + VACUOUS + " ELSE " + VALUE + i + ")", i));
            } else if (u.isEmpty()) {
                constant.add(calls.get(i));
                e.added.get(0).get(integer(i)).add(bit(CONSTANT + "[" + constant.size() + "]", i));
            } else {
                tables.computeIfAbsent(u, k -> new ArrayList<>()).add(i);
            }
        }
        if (!constant.isEmpty()) {
            e.definitions.get(0).add(CONSTANT + " == <<" + String.join(", ", constant) + ">>");
        }
        int t = 0;
        for (Map.Entry<List<String>, List<Integer>> table : tables.entrySet()) {
            e.table(t++, table.getKey(), table.getValue(), calls);
        }
        return e.expression();
    }

    /** Table {@code t}: the packed bits of {@code atoms} at each binding of {@code variables}, and where it is read. */
    private void table(int t, List<String> variables, List<Integer> atoms, List<String> calls) {
        List<List<String>> bits = perInteger();
        atoms.forEach(i -> bits.get(integer(i)).add(bit(calls.get(i), i)));
        String domain = String.join(", ", variables.stream().map(v -> v + " \\in " + sets.get(v)).toList());
        definitions.get(0).add(TABLE + t + " == LET " + WHOLE + " == [" + domain + " |-> " + tuple(bits) + "] IN IF " + WHOLE + " = "
                + WHOLE + " THEN " + WHOLE + " ELSE " + WHOLE);
        String looked = LOOKED + t + " == " + TABLE + t + "[" + String.join(", ", variables) + "]";
        boolean perRow = variables.stream().anyMatch(v -> existentials.stream().anyMatch(x -> x[0].equals(v)));
        int level = level(variables);
        List<String> where = perRow ? rowDefinitions : definitions.get(level);
        List<List<String>> terms = perRow ? rowAdded : added.get(level);
        where.add(looked);
        for (int n = 0; n < ints; n++) {
            if (!bits.get(n).isEmpty()) {
                terms.get(n).add(LOOKED + t + "[" + (n + 1) + "]");
            }
        }
    }

    private String expression() {
        int outer = -1;
        for (int j = 0; j <= universals.size(); j++) {
            if (added.get(j).stream().anyMatch(terms -> !terms.isEmpty())) {
                definitions.get(j).add(PACKED + j + " == " + tuple(plus(outer, added.get(j))));
                outer = j;
            }
        }
        String row = tuple(plus(outer, rowAdded));
        if (!rowDefinitions.isEmpty()) {
            row = let(rowDefinitions, row);
        }
        List<String> rowBindings = new ArrayList<>();
        existentials.forEach(x -> rowBindings.add(x[0] + " \\in " + x[1]));
        if (!optional.isEmpty()) {
            rowBindings.add(VACUOUS + " \\in IF " + String.join(" \\/ ", optional.stream().map(v -> SOME + v + " = <<>>").toList())
                    + " THEN BOOLEAN ELSE {TRUE}");
        }
        String group = rowBindings.isEmpty() ? "{" + row + "}" : "{" + row + " : " + String.join(", ", rowBindings) + "}";
        String groups = let(definitions.get(universals.size()), "{" + group + "}");
        for (int j = universals.size() - 1; j >= 0; j--) {
            String name = universals.get(j)[0];
            String set = universals.get(j)[1];
            groups = optional.contains(name)
                    ? let(definitions.get(j), "UNION {" + let(List.of(name + " == " + SOME + name + "[1]"), groups) + " : " + SOME + name
                            + " \\in IF (" + set + ") = {} THEN {<<>>} ELSE {<<" + ELEMENT + ">> : " + ELEMENT + " \\in " + set + "}}")
                    : let(definitions.get(j), "UNION {" + groups + " : " + name + " \\in " + set + "}");
        }
        return groups;
    }

    /** Per packed integer, the terms given, after what the innermost level {@code outer} that packs anything packed. */
    private List<List<String>> plus(int outer, List<List<String>> terms) {
        List<List<String>> sums = perInteger();
        for (int n = 0; n < ints; n++) {
            if (outer >= 0) {
                sums.get(n).add(PACKED + outer + "[" + (n + 1) + "]");
            }
            sums.get(n).addAll(terms.get(n));
        }
        return sums;
    }

    /** The level at which the last of the universal variables given is bound: 0 when none is. */
    private int level(List<String> variables) {
        int level = 0;
        for (int j = 0; j < universals.size(); j++) {
            if (variables.contains(universals.get(j)[0])) {
                level = j + 1;
            }
        }
        return level;
    }

    private List<List<String>> perInteger() {
        List<List<String>> lists = new ArrayList<>();
        for (int n = 0; n < ints; n++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static int integer(int atom) {
        return atom / PredicateGrammar.BITS_PER_INT;
    }

    private static String bit(String value, int atom) {
        return "(IF " + value + " THEN " + (1L << (atom % PredicateGrammar.BITS_PER_INT)) + " ELSE 0)";
    }

    private static String tuple(List<List<String>> sums) {
        return "<<" + String.join(", ", sums.stream().map(terms -> terms.isEmpty() ? "0" : String.join(" + ", terms)).toList()) + ">>";
    }

    private static String let(List<String> definitions, String body) {
        return definitions.isEmpty() ? body : "(LET " + String.join(" ", definitions) + " IN " + body + ")";
    }
}
