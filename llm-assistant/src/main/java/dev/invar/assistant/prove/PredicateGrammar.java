package dev.invar.assistant.prove;

import dev.invar.assistant.prove.grammar.GrammarInference;
import dev.invar.assistant.prove.grammar.SetSyntax;
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

    /**
     * The grammar {@link GrammarInference} infers from the spec alone, with no hand-written predicates, for lemmas of up
     * to {@code maxLiterals} literals: from the type invariant's sets, the actions of {@code next}, and the parts of the
     * safety property when one is given.
     */
    public static PredicateGrammar inferred(dev.invar.tlc.ModuleOutline outline, TypeDomain types, int maxLiterals, String next,
                                            java.util.Optional<String> safety) {
        GrammarInference.Inferred inferred = GrammarInference.infer(outline, types.sets(), next, safety);
        return new PredicateGrammar(inferred.prefix(), inferred.predicates(), maxLiterals, "inferred from the spec");
    }

    /** As {@link #inferred(dev.invar.tlc.ModuleOutline, TypeDomain, int, String, java.util.Optional)}, with no safety property. */
    public static PredicateGrammar inferred(dev.invar.tlc.ModuleOutline outline, TypeDomain types, int maxLiterals, String next) {
        return inferred(outline, types, maxLiterals, next, java.util.Optional.empty());
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
        List<String> optional = universals.stream().filter(u -> stateDomains.contains(u[1])).map(u -> u[0]).toList();
        List<String> calls = new ArrayList<>();
        List<List<String>> uses = new ArrayList<>();
        for (int i = 0; i < predicates.size(); i++) {
            calls.add(call(i));
            uses.add(mentioned(i));
        }
        return RowExpression.of(universals, pairs(existentialBindings()), optional, calls, uses);
    }

    /** How many truth values one integer of a row holds (TLC's integers have 32 bits; see {@link RowExpression}). */
    static final int BITS_PER_INT = 30;

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
        for (String piece : SetSyntax.topLevel(bindings, ',')) {
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
            for (String piece : SetSyntax.topLevel(bindings, ',')) {
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
        for (String piece : SetSyntax.topLevel(bindings, ',')) {
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
