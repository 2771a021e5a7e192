package dev.invar.assistant.prove;

import dev.invar.tlc.Junctions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The space lemmas are drawn from: a quantifier prefix and atomic predicates over its bound variables.
 * A lemma is the prefix applied to a disjunction of up to {@code maxLiterals} literals (predicates or their
 * negations), the shape Endive and IC3PO search too.
 *
 * @param prefix e.g. {@code \A VARI \in Node : \A VARJ \in Node :}, or empty
 * @param source where the grammar came from: "inferred from the spec" or a file
 */
public record PredicateGrammar(String prefix, List<String> predicates, int maxLiterals, String source,
                               java.util.Set<String> stateDomains) {
    private static final String ATOM = "InvarAtom_";

    /**
     * @param stateDomains the sets of the prefix's universal quantifiers that depend on the state ({@code msgs},
     *                     {@code 1..Len(chain)}) and so may be empty, see {@link #features()}
     */
    public PredicateGrammar {
        Objects.requireNonNull(prefix, "prefix");
        predicates = List.copyOf(predicates);
        Objects.requireNonNull(source, "source");
        stateDomains = java.util.Set.copyOf(stateDomains);
        if (maxLiterals < 1 || maxLiterals > MAX_LITERALS) {
            throw new IllegalArgumentException("maxLiterals must be 1 to " + MAX_LITERALS);
        }
    }

    /** A grammar whose universal quantifiers range over constant sets. */
    public PredicateGrammar(String prefix, List<String> predicates, int maxLiterals, String source) {
        this(prefix, predicates, maxLiterals, source, java.util.Set.of());
    }

    /** The same grammar, knowing which of its universal quantifiers' sets read the spec's variables. */
    public PredicateGrammar readingState(dev.invar.tlc.ModuleOutline outline) {
        java.util.Set<String> reading = new java.util.HashSet<>();
        pairs(bindings()).stream().map(b -> b[1]).filter(set -> !outline.variablesUsed(set).isEmpty()).forEach(reading::add);
        return new PredicateGrammar(prefix, predicates, maxLiterals, source, reading);
    }

    /** The prefix's universal bindings as one list, e.g. {@code VARI \in Node, VARJ \in Node}. */
    public String bindings() {
        return String.join(", ", quantifiers("\\A"));
    }

    /** The bindings of the prefix's trailing existential quantifiers, e.g. {@code VARQ \in Quorum}. */
    public String existentialBindings() {
        return String.join(", ", quantifiers("\\E"));
    }

    /** The bindings of the prefix's quantifiers of one kind: universal ones first, then existential ones. */
    private List<String> quantifiers(String kind) {
        List<String> bindings = new ArrayList<>();
        String rest = prefix.strip();
        while (rest.startsWith("\\A") || rest.startsWith("\\E")) {
            int colon = Junctions.bodyColon(rest);
            if (colon < 0) {
                break;
            }
            if (rest.startsWith(kind)) {
                bindings.add(rest.substring(2, colon).strip());
            }
            rest = rest.substring(colon + 1).strip();
        }
        return bindings;
    }

    /**
     * The groups of rows of the predicates' truth values: one group per binding of the universal variables,
     * holding one row per binding of the existential ones,
     * {@code {{<<p1, p2, …>> : VARQ \in Quorum} : VARI \in Node, VARJ \in Node}}. A lemma is false in a state
     * exactly when, in one of the state's groups, every row makes all its literals false.
     */
    public String features() {
        List<String[]> universals = pairs(bindings());
        List<String[]> existentials = pairs(existentialBindings());
        List<String> bound = existentials.stream().map(b -> b[0]).toList();
        // A universal variable over a set of the state (the messages in flight, say) may have no value. Its group
        // must still say what the lemmas over the other variables say, so it is bound to a one-element tuple,
        // <<>> when the set is empty; then each atom that mentions it is both true and false (two rows, one per
        // value of VACUOUS), so no clause over it is false there, as with \A over an empty set.
        List<String> optional = universals.stream().filter(u -> stateDomains.contains(u[1])).map(u -> u[0]).toList();
        // Each atom is evaluated once per binding of the variables it mentions: an atom that mentions no
        // existential variable is evaluated right after the last universal variable it mentions is bound, not
        // again in every row. Without this, TLC evaluates every atom once per binding of all the variables.
        // The atoms of one binding are one tuple (LET), not one definition each: TLC looks up every operator a
        // row applies (each + of its packing, too) by walking the chain of definitions in scope, and one
        // definition per atom made that chain as long as the grammar (quorum-register: 212 atoms, 44% of the
        // pass's samples in that walk; one tuple per binding took its pass from 16 s to 6 s). An atom over a
        // variable that may have no value stays a definition of its own, which TLC evaluates only where it is used.
        List<List<String>> hoisted = new ArrayList<>();
        List<List<String>> tupled = new ArrayList<>();
        for (int j = 0; j <= universals.size(); j++) {
            hoisted.add(new ArrayList<>());
            tupled.add(new ArrayList<>());
        }
        List<String> row = new ArrayList<>();
        for (int i = 0; i < predicates.size(); i++) {
            List<String> uses = mentioned(i);
            String value = call(i);
            if (uses.stream().noneMatch(bound::contains)) {
                int level = 0;
                for (int j = 0; j < universals.size(); j++) {
                    if (uses.contains(universals.get(j)[0])) {
                        level = j + 1;
                    }
                }
                if (uses.stream().anyMatch(optional::contains)) {
                    hoisted.get(level).add(VALUE + i + " == " + value);
                    value = VALUE + i;
                } else {
                    tupled.get(level).add(value);
                    value = LEVEL + level + "[" + tupled.get(level).size() + "]";
                }
            }
            List<String> absent = uses.stream().filter(optional::contains).map(v -> SOME + v + " = <<>>").toList();
            row.add(absent.isEmpty() ? value : "(IF " + String.join(" \\/ ", absent) + " THEN " + VACUOUS + " ELSE " + value + ")");
        }
        String tuple = "<<" + String.join(", ", packed(row)) + ">>";
        List<String> rowBindings = new ArrayList<>();
        if (!existentialBindings().isEmpty()) {
            rowBindings.add(existentialBindings());
        }
        if (!optional.isEmpty()) {
            rowBindings.add(VACUOUS + " \\in IF " + String.join(" \\/ ", optional.stream().map(v -> SOME + v + " = <<>>").toList())
                    + " THEN BOOLEAN ELSE {TRUE}");
        }
        String group = rowBindings.isEmpty() ? "{" + tuple + "}" : "{" + tuple + " : " + String.join(", ", rowBindings) + "}";
        String groups = let(definitions(universals.size(), tupled, hoisted), "{" + group + "}");
        for (int j = universals.size() - 1; j >= 0; j--) {
            String name = universals.get(j)[0];
            String set = universals.get(j)[1];
            List<String> defined = definitions(j, tupled, hoisted);
            groups = optional.contains(name)
                    ? let(defined, "UNION {" + let(List.of(name + " == " + SOME + name + "[1]"), groups) + " : " + SOME + name
                            + " \\in IF (" + set + ") = {} THEN {<<>>} ELSE {<<" + ELEMENT + ">> : " + ELEMENT + " \\in " + set + "}}")
                    : let(defined, "UNION {" + groups + " : " + name + " \\in " + set + "}");
        }
        return groups;
    }

    /** What is defined once the universal variables up to the {@code level}-th are bound: its atoms' tuple, and its lone atoms. */
    private static List<String> definitions(int level, List<List<String>> tupled, List<List<String>> hoisted) {
        List<String> definitions = new ArrayList<>();
        if (!tupled.get(level).isEmpty()) {
            definitions.add(LEVEL + level + " == <<" + String.join(", ", tupled.get(level)) + ">>");
        }
        definitions.addAll(hoisted.get(level));
        return definitions;
    }

    private static final String SOME = "InvarSome_";
    private static final String VACUOUS = "InvarVacuous";
    private static final String ELEMENT = "InvarElement";
    private static final String VALUE = "InvarValue_";
    private static final String LEVEL = "InvarValues_";
    /** How many truth values one integer of a row holds (TLC's integers have 32 bits). */
    static final int BITS_PER_INT = 30;

    /**
     * A row's truth values packed into integers, {@value #BITS_PER_INT} to one, value {@code i} in bit
     * {@code i mod 30} of integer {@code i / 30}: TLC compares, sorts and prints sets of these rows many times
     * faster than sets of tuples of booleans.
     */
    private static List<String> packed(List<String> values) {
        List<String> ints = new ArrayList<>();
        for (int from = 0; from < values.size(); from += BITS_PER_INT) {
            List<String> terms = new ArrayList<>();
            for (int i = from; i < Math.min(values.size(), from + BITS_PER_INT); i++) {
                terms.add("(IF " + values.get(i) + " THEN " + (1L << (i - from)) + " ELSE 0)");
            }
            ints.add(String.join(" + ", terms));
        }
        return ints;
    }

    private static String let(List<String> definitions, String body) {
        return definitions.isEmpty() ? body : "(LET " + String.join(" ", definitions) + " IN " + body + ")";
    }

    /** Predicate {@code i} applied to the quantified variables it mentions. */
    private String call(int i) {
        List<String> uses = mentioned(i);
        return ATOM + i + (uses.isEmpty() ? "" : "(" + String.join(", ", uses) + ")");
    }

    /** The quantified variables predicate {@code i} mentions, in the prefix's order. */
    private List<String> mentioned(int i) {
        String p = predicates.get(i);
        return variables().stream().filter(v -> p.matches("(?s).*\\b" + java.util.regex.Pattern.quote(v) + "\\b.*")).toList();
    }

    /** Bindings such as {@code VARI, VARJ \in Node, VARQ \in Quorum} as (name, set) pairs. */
    private static List<String[]> pairs(String bindings) {
        List<String[]> pairs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String piece : bindings.split(",(?![^\\[{(]*[\\]})])")) {
            int in = piece.indexOf("\\in");
            String name = (in < 0 ? piece : piece.substring(0, in)).strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
            if (in >= 0) {
                String set = piece.substring(in + 3).strip();
                names.forEach(n -> pairs.add(new String[] {n, set}));
                names.clear();
            }
        }
        return pairs;
    }

    /**
     * One operator per predicate, over the quantified variables it mentions, for {@link #features()}: on a
     * line of its own so that TLC's error in one names it.
     */
    public List<String> definitions() {
        List<String> definitions = new ArrayList<>();
        for (int i = 0; i < predicates.size(); i++) {
            definitions.add(call(i) + " == " + predicates.get(i).replace('\n', ' '));
        }
        return definitions;
    }

    /** Lemmas have at most this many literals: clauses of more are not looked for (see {@link ClauseSpace}). */
    public static final int MAX_LITERALS = 4;

    /** The same grammar with lemmas of up to {@code n} literals. */
    public PredicateGrammar withMaxLiterals(int n) {
        return new PredicateGrammar(prefix, predicates, n, source, stateDomains);
    }

    /** The same grammar without predicate {@code index}, e.g. one TLC cannot evaluate. */
    public PredicateGrammar without(int index) {
        List<String> rest = new ArrayList<>(predicates);
        rest.remove(index);
        return new PredicateGrammar(prefix, rest, maxLiterals, source, stateDomains);
    }

    /** The names the prefix binds, universal then existential. */
    List<String> variables() {
        List<String> names = new ArrayList<>();
        for (String bindings : List.of(bindings(), existentialBindings())) {
            for (String piece : bindings.split(",(?![^\\[{(]*[\\]})])")) {
                int in = piece.indexOf("\\in");
                String name = (in < 0 ? piece : piece.substring(0, in)).strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** The lemma a clause stands for, in TLA+. */
    public String lemma(Clause clause) {
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < clause.atoms().length; i++) {
            String p = predicates.get(clause.atoms()[i]);
            literals.add(clause.negated(i) ? "~(" + p + ")" : "(" + p + ")");
        }
        return quantified(String.join(" \\/ ", literals));
    }

    /**
     * The same lemma as a reader would write it: the negated literals as premises of an implication,
     * {@code a /\ b => c} for {@code ~a \/ ~b \/ c}, and {@code a => ~(b)} when every literal is negated.
     */
    public String implication(Clause clause) {
        List<String> premises = new ArrayList<>();
        List<String> conclusions = new ArrayList<>();
        for (int i = 0; i < clause.atoms().length; i++) {
            String p = predicates.get(clause.atoms()[i]);
            (clause.negated(i) ? premises : conclusions).add(p);
        }
        if (premises.isEmpty()) {
            return lemma(clause);
        }
        if (conclusions.isEmpty()) {
            conclusions.add("~(" + premises.remove(premises.size() - 1) + ")");
        }
        if (premises.isEmpty()) {
            return quantified(conclusions.get(0));
        }
        String premise = premises.size() == 1 ? premises.get(0) : "(" + String.join(") /\\ (", premises) + ")";
        String conclusion = conclusions.size() == 1 ? conclusions.get(0) : "(" + String.join(") \\/ (", conclusions) + ")";
        return quantified(premise + " => " + conclusion);
    }

    /** A clause's body under the quantifiers of the variables it uses. */
    private String quantified(String body) {
        String exists = used(existentialBindings(), body);
        String quantified = exists.isEmpty() ? body : "\\E " + exists + " : " + body;
        String all = used(bindings(), body);
        return all.isEmpty() ? quantified : "\\A " + all + " : " + quantified;
    }

    /** The bindings that {@code body} mentions, so a lemma quantifies only over its own variables. */
    private static String used(String bindings, String body) {
        List<String> kept = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String piece : bindings.split(",(?![^\\[{(]*[\\]})])")) {
            int in = piece.indexOf("\\in");
            names.add((in < 0 ? piece : piece.substring(0, in)).strip());
            if (in >= 0) {
                String set = piece.substring(in + 3).strip();
                for (String name : names) {
                    if (body.matches("(?s).*\\b" + java.util.regex.Pattern.quote(name) + "\\b.*")) {
                        kept.add(name + " \\in " + set);
                    }
                }
                names.clear();
            }
        }
        return String.join(", ", kept);
    }

    /**
     * A disjunction of literals: predicate {@code atoms[i]}, negated when bit i of {@code negations} is set.
     */
    public record Clause(int[] atoms, int negations) {
        public boolean negated(int i) {
            return (negations & (1 << i)) != 0;
        }

        /** Equal when the literals are: a clause found again in a wider clause space is the same clause. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Clause c && negations == c.negations && java.util.Arrays.equals(atoms, c.atoms);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(atoms) + negations;
        }

        @Override
        public String toString() {
            return "Clause" + java.util.Arrays.toString(atoms) + "~" + Integer.toBinaryString(negations);
        }
    }
}
