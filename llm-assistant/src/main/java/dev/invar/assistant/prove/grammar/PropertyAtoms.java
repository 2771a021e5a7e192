package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.ExpressionText.renamed;
import static dev.invar.assistant.prove.grammar.SetSyntax.NAME;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atoms from the safety property and the spec's other state invariants: the premise and conclusion of an implication
 * under its universal quantifiers, and their conjuncts and disjuncts, with the quantified names replaced by the
 * grammar's variables; and what held before a step that made a conjunct false ({@link Preimages}).
 */
final class PropertyAtoms extends GrammarPart {
    /** {@code log[l] \in Page}: a function's value tested for membership in a set. */
    private static final Pattern TESTED = Pattern.compile("^(\\w+\\[\\w+\\]) \\\\in \\w+$");
    /** {@code lastRead <= ver[Tail]}: two names or applications, ordered. */
    private static final Pattern COMPARISON = Pattern.compile("^(\\w+(?:\\[\\w+\\])?) (<=|<|>=|>|=<) (\\w+(?:\\[\\w+\\])?)$");

    PropertyAtoms(GrammarDraft draft) {
        super(draft);
    }

    /**
     * The sets the safety property quantifies over, as the grammar's first domains: the prefix has room for only
     * {@value #MAX_DOMAINS}, and the sets of TypeOK, read in order, may fill it before the one the property is about
     * ({@code \\A o \\in Record : o < committed => o \\in processed}, after generations, consumers and positions).
     */
    void quantifiedFirst(String formula) {
        eachConjunct(formula, 0, text -> dev.invar.tlc.Junctions.universals(text).bindings().forEach(b -> quantified(b.getValue())));
    }

    /**
     * The integers a property compares that are a function's value at a constant, {@code lastRead <= ver[Tail]}: integer
     * terms as the state's variables are, so that messages, other entries and counters are compared with them too
     * ({@code \\A m \\in acks : m.ver <= ver[Tail]}).
     */
    private void compared(String atom) {
        Matcher comparison = COMPARISON.matcher(atom);
        if (!comparison.matches()) {
            return;
        }
        for (String side : List.of(comparison.group(1), comparison.group(3))) {
            Matcher applied = ExpressionText.APPLIED.matcher(side);
            if (applied.matches() && outline.variables().contains(applied.group(1)) && NAME.matcher(applied.group(2)).matches()
                    && outline.variablesUsed(applied.group(2)).isEmpty() && bound.values().stream().noneMatch(n -> n.contains(applied.group(2)))) {
                integers.term(side);
            }
        }
    }

    /**
     * The grammar's variables for a set a property quantifies over: those of the set itself, or for a set of the state,
     * {@code \A o \in delivered} with {@code delivered \in SUBSET Offset}, those of the set its elements are drawn from,
     * where that set is one to quantify over anyway (numbers, a declared constant, one bound already): what the
     * property says of each delivered offset is then said of any offset, as an atom a lemma puts beside
     * {@code VOFFSET1 \in delivered}.
     */
    private List<String> quantified(String domain) {
        List<String> names = variables.of(domain);
        if (!names.isEmpty()) {
            return names;
        }
        List<String> ends = SetSyntax.rangeEnds(unparenthesised(domain.strip()));
        if (ends.size() == 2 && outline.variables().contains(ends.get(1))) {
            return enclosingNumbers(ends.get(0));
        }
        String type = unparenthesised(shapes.getOrDefault(unparenthesised(domain.strip()), "").strip());
        if (!type.startsWith("SUBSET ")) {
            return names;
        }
        String elements = unparenthesised(type.substring("SUBSET ".length()).strip());
        boolean quantifiable = NAME.matcher(elements).matches() && (bound.containsKey(variables.sameAs(elements)) || sets.isNumeric(elements)
                || outline.constants().contains(elements));
        return quantifiable ? variables.of(elements) : List.of();
    }

    /**
     * For a range up to a variable, {@code 1 .. flushedLSN}, the variables of a set of numbers the prefix quantifies over
     * already and that starts where the range does ({@code LSN == 1 .. MaxLSN}): what the property says of each LSN
     * up to the one flushed is then said of any LSN, as an atom a lemma puts beside {@code VLSN1 <= flushedLSN}. (A
     * range up to a sequence's length, {@code 1 .. Len(log)}, is read at its ends instead, see {@link RangeEnds}: past
     * the end, the sequence has no element to say anything of.)
     */
    private List<String> enclosingNumbers(String low) {
        return variables.ranges((lo, hi) -> lo.equals(low)).stream().findFirst().orElse(List.of());
    }

    /**
     * Each conjunct of a property, down to three levels, with the names without parameters it is a conjunction of
     * expanded: what {@link #property} and {@link #quantifiedFirst} read.
     */
    private void eachConjunct(String formula, int depth, java.util.function.Consumer<String> part) {
        List<String> conjuncts = dev.invar.tlc.Junctions.conjuncts(formula);
        if (depth > 3) {
            return;
        }
        if (conjuncts.size() > 1) {
            conjuncts.forEach(c -> eachConjunct(c, depth + 1, part));
            return;
        }
        String text = formula.strip();
        if (NAME.matcher(text).matches()) {
            outline.definition(text).filter(body -> outline.parameters(text).isEmpty()).ifPresent(body -> eachConjunct(body, depth + 1, part));
            return;
        }
        part.accept(text);
    }

    /** Atoms from the parts of a property, expanding the names it is a conjunction of. */
    void property(String formula, int depth) {
        eachConjunct(formula, depth, text -> conjunctAtoms(text, true));
    }

    /**
     * Atoms from one conjunct of a property: the parts of its implication, or its disjuncts, under its quantifiers; and
     * with {@code inner}, those of a part of an unquantified conjunct that is quantified in turn
     * ({@code mode = "up" => \A l \in 1 .. flushedLSN : …}).
     */
    private void conjunctAtoms(String text, boolean inner) {
        dev.invar.tlc.Junctions.Quantified q = dev.invar.tlc.Junctions.universals(text);
        Map<String, String> renaming = new LinkedHashMap<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        boolean overState = false;
        for (Map.Entry<String, String> b : q.bindings()) {
            List<String> names = quantified(b.getValue());
            overState |= !names.isEmpty() && variables.of(b.getValue()).isEmpty();
            int k = used.merge(unparenthesised(b.getValue().strip()), 1, Integer::sum) - 1;
            renaming.put(b.getKey(), k < names.size() ? names.get(k) : null);
        }
        atElement(q, renaming);
        new RangeEnds(outline).atoms(q, renaming).stream().map(draft::guarded).filter(draft::isNew).forEach(predicates::add);
        List<String> parts = new ArrayList<>();
        // Over a set of the state, the body is what membership implies: its conjuncts are atoms as a conclusion's are.
        java.util.Optional<Map.Entry<String, String>> implication = dev.invar.tlc.Junctions.implication(q.body());
        if (implication.isEmpty() && overState) {
            implication = java.util.Optional.of(Map.entry("TRUE", q.body()));
        }
        implication.ifPresentOrElse(sides -> {
            for (String side : List.of(sides.getKey(), sides.getValue())) {
                List<String> of = new ArrayList<>(List.of(side));
                of.addAll(dev.invar.tlc.Junctions.conjuncts(side));
                of.addAll(dev.invar.tlc.Junctions.disjuncts(side));
                of.forEach(part -> parts.add(side == sides.getKey() ? part : premised(sides.getKey(), part)));
            }
        }, () -> parts.addAll(dev.invar.tlc.Junctions.disjuncts(q.body())));
        boolean guard = overState;
        if (inner && q.bindings().isEmpty()) {
            parts.stream().map(String::strip).filter(p -> p.startsWith("\\A") && !p.equals(text.strip())).distinct()
                    .forEach(p -> conjunctAtoms(p, false));
        }
        for (String part : parts) {
            String atom = dev.invar.tlc.Junctions.oneLine(part).map(SetSyntax::unparenthesised).orElse("");
            if (!atom.isEmpty() && atom.length() <= 160 && !outline.variablesUsed(atom).isEmpty()) {
                // Guarded where it reads a function at an index of the state, store[VREPLICA1][wkey[VCLIENT1]]: the
                // property's premise (wkey[c] # NoKey) keeps that index in the domain, the atom on its own does not.
                renamed(atom, renaming).map(a -> guard ? draft.guarded(a) : a).filter(draft::isNew).ifPresent(a -> {
                    predicates.add(guard ? a : draft.guarded(a));
                    orders.part(a);
                    compared(a);
                });
            }
        }
    }

    /**
     * A part of a conclusion that passes the term its premise tests to an operator, {@code PageLSN(log[l]) >= l} under
     * {@code log[l] \in Page}, with the premise before it: the operator may be undefined elsewhere ({@code buf[None]}),
     * and an atom TLC cannot evaluate in a reachable state is set aside.
     */
    private static String premised(String premise, String part) {
        Matcher test = TESTED.matcher(premise.strip());
        if (!test.matches()) {
            return part;
        }
        Matcher call = Pattern.compile("\\w+\\([^()]*" + Pattern.quote(test.group(1)) + "[^()]*\\)").matcher(part);
        return call.find() ? premise.strip() + " /\\ (" + part.strip() + ")" : part;
    }

    /** The atoms of {@link Preimages} for the safety property's conjuncts. */
    void preimages(String safety, List<Preimages.Step> steps) {
        List<String> conjuncts = new ArrayList<>();
        eachConjunct(safety, 0, c -> dev.invar.tlc.Junctions.oneLine(c).ifPresent(conjuncts::add));
        new Preimages(outline).atoms(conjuncts, steps, bound).stream().map(draft::guarded).filter(draft::isNew).forEach(predicates::add);
    }

    /**
     * The first grammar variable of the numbers a set of the state holds, {@code VSERVERS1} for {@code chain \in SUBSET
     * Servers \ {{}}} with {@code Servers == 1..N}: the property at its elements before or after one, as along a chain
     * of servers, where what holds at a server holds at the ones before it.
     */
    private List<String> orderedElements(String set) {
        Matcher subset = Pattern.compile("^SUBSET\\s+(\\w+)\\b.*").matcher(unparenthesised(shapes.getOrDefault(unparenthesised(set.strip()), "").strip()));
        if (!subset.matches() || !sets.isNumeric(subset.group(1))) {
            return List.of();
        }
        return variables.existing(subset.group(1)).stream().limit(1).toList();
    }

    /**
     * What a property says at one element, when its quantifiers go on over a set of the state that the grammar has
     * no variables for: {@code \A r \in Replica : \A e, f \in store[r] : ~Dominates(f.vv, e.vv)} gives
     * {@code \A e \in store[VREPLICA1], f \in store[VREPLICA1] : ~Dominates(f.vv, e.vv)}, the property of one
     * replica, which a lemma can also say of the states in flight (see {@link #copies}).
     */
    private void atElement(dev.invar.tlc.Junctions.Quantified q, Map<String, String> renaming) {
        List<Map.Entry<String, String>> bindings = q.bindings();
        for (int i = 1; i < bindings.size(); i++) {
            String set = bindings.get(i).getValue();
            if (renaming.get(bindings.get(i).getKey()) == null && !outline.variablesUsed(set).isEmpty()
                    && bindings.subList(0, i).stream().allMatch(b -> renaming.get(b.getKey()) != null)) {
                String inner = "\\A " + String.join(", ", bindings.subList(i, bindings.size()).stream()
                        .map(b -> b.getKey() + " \\in " + b.getValue().strip()).toList()) + " : " + q.body().strip();
                Map<String, String> outer = new LinkedHashMap<>();
                bindings.subList(0, i).forEach(b -> outer.put(b.getKey(), renaming.get(b.getKey())));
                dev.invar.tlc.Junctions.oneLine(inner).filter(a -> a.length() <= 160).flatMap(a -> renamed(a, outer))
                        .map(draft::guarded).filter(draft::isNew).ifPresent(predicates::add);
                if (i == bindings.size() - 1) {
                    String x = bindings.get(i).getKey();
                    for (String v : orderedElements(set)) {
                        for (String side : List.of(x + " < " + v, v + " < " + x)) {
                            dev.invar.tlc.Junctions.oneLine("\\A " + x + " \\in " + set.strip() + " : " + side + " => (" + q.body().strip() + ")")
                                    .filter(a -> a.length() <= 160).flatMap(a -> renamed(a, outer))
                                    .map(draft::guarded).filter(draft::isNew).ifPresent(predicates::add);
                        }
                    }
                }
                return;
            }
        }
    }

    /**
     * The spec's own state invariants, taken apart as the safety property is: each definition without parameters
     * that is a universally quantified formula over the state, primes nothing and says nothing of the future. A
     * spec that states {@code \A a \in Acceptor, b \in Ballot, v \in Value : VotedFor(a, b, v) => SafeAt(b, v)}
     * gives the atoms {@code VotedFor(a, b, v)} and {@code SafeAt(b, v)} over the grammar's variables: the
     * vocabulary its author reasons in, which the sets of TypeOK alone do not give. Each is an atom as a whole too,
     * so a lemma can be one of them: raft's "a server votes for at most one candidate a term" relates three
     * servers, where the grammar has two variables a set.
     */
    void statedInvariants(String safety) {
        Set<String> proven = new java.util.HashSet<>(dev.invar.tlc.Junctions.conjuncts(safety).stream().map(String::strip).toList());
        outline.definitions().forEach((name, body) -> {
            String text = body.strip();
            if (outline.parameters(name).isEmpty() && text.startsWith("\\A") && !ExpressionText.TEMPORAL.matcher(text).find()
                    && !outline.variablesUsed(text).isEmpty() && !proven.contains(name)) {
                predicates.add(name);
                property(text, 1);
            }
        });
    }
}
