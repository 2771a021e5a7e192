package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values a delivery merges into the state: where an action takes a message {@code m} and sets an entry named by the
 * message's fields to the larger of its value and a number the message carries, {@code len' = [len EXCEPT
 * ![m.dst][m.elem] = Max(@, m.len)]}, a value is covered at an entry when the entry holds at least as much or a
 * message on its way there carries at least as much. Two atoms say so: a message on its way to one entry covers
 * another's value, {@code \E m \in msgs : m.dst = VREPLICA1 /\ m.elem = VELEMENT1 /\ m.len >= len[VREPLICA2][VELEMENT1]}
 * (with {@code len[VREPLICA2][VELEMENT1] <= len[VREPLICA1][VELEMENT1]} the clause that says another replica's length
 * reaches this one); and every message's value is covered at an entry of the grammar's variable, {@code \A m \in msgs :
 * len[VREPLICA1][m.elem] >= m.len \/ \E m2 \in msgs : m2.dst = VREPLICA1 /\ m2.elem = m.elem /\ m2.len >= m.len}.
 * Replicas that merge by maximum converge for that reason, which no clause over single messages can say.
 */
final class MergedValues extends GrammarPart {
    /** At most so many atoms from one action. */
    private static final int MAX_PER_ACTION = 8;
    private final TypeAtoms typeAtoms;

    MergedValues(GrammarDraft draft, TypeAtoms typeAtoms) {
        super(draft);
        this.typeAtoms = typeAtoms;
    }

    /**
     * @param conjuncts an action's conjuncts, each on one line
     * @param messages the action's parameters that are messages, with the set of messages each is taken from
     */
    void atoms(List<String> conjuncts, Map<String, String> messages) {
        messages.forEach((p, term) -> {
            Map<String, String> fields = fieldSets(term);
            if (fields.isEmpty()) {
                return;
            }
            Map<String, String> shape = new LinkedHashMap<>(); // the message's literal fields: type -> "Ack"
            Pattern literal = Pattern.compile("^" + Pattern.quote(p) + "\\.(\\w+)\\s*=\\s*(\"[^\"]*\")$");
            conjuncts.stream().map(c -> literal.matcher(unparenthesised(c.strip()))).filter(Matcher::matches)
                    .forEach(l -> shape.put(l.group(1), l.group(2)));
            int added = 0;
            for (String conjunct : conjuncts) {
                for (Update u : Update.of(conjunct)) {
                    for (String atom : merged(u, p, term, fields, shape)) {
                        if (added < MAX_PER_ACTION && predicates.add(draft.guarded(atom))) {
                            added++;
                        }
                    }
                }
            }
        });
    }

    /** The atoms of one update that merges a number the message {@code p} carries, or none. */
    private List<String> merged(Update u, String p, String term, Map<String, String> fields, Map<String, String> shape) {
        Pattern field = Pattern.compile("^" + Pattern.quote(p) + "\\.(\\w+)$");
        // Each index a field of the message whose set has the grammar's variables already (a field's set gets none of its own).
        List<String> path = new ArrayList<>();
        for (String index : u.index().map(i -> List.of(i.split("\\]\\s*\\["))).orElse(List.of())) {
            Matcher f = field.matcher(index.strip());
            if (!f.matches() || !fields.containsKey(f.group(1)) || variables.existing(fields.get(f.group(1))).isEmpty()) {
                return List.of();
            }
            path.add(f.group(1));
        }
        String value = u.value().strip();
        Matcher carried = Pattern.compile("\\b" + Pattern.quote(p) + "\\.(\\w+)\\b").matcher(value);
        Optional<String> number = Optional.empty();
        while (carried.find()) {
            String f = carried.group(1);
            if (!path.contains(f) && fields.containsKey(f) && sets.isNumeric(fields.get(f))) {
                number = Optional.of(f);
            }
        }
        // A merge keeps the larger of the old value and the message's: no arithmetic, and the old value read.
        boolean merge = u.readsOld() && !value.matches("(?s).*[-+*].*");
        if (path.isEmpty() || number.isEmpty() || !merge) {
            return List.of();
        }
        String n = number.get();
        String m = variables.fresh("m");
        String m2 = variables.fresh(m + "x");
        List<String> first = path.stream().map(f -> variables.existing(fields.get(f)).get(0)).toList();
        List<String> out = new ArrayList<>();
        for (int j = 0; j < path.size(); j++) {
            List<String> names = variables.existing(fields.get(path.get(j)));
            if (names.size() < 2) {
                continue;
            }
            List<String> other = new ArrayList<>(first);
            other.set(j, names.get(1));
            out.add("\\E " + m + " \\in " + term + " : " + matching(m, path, first, shape) + " /\\ " + m + "." + n + " >= "
                    + entry(u.variable(), other));
            List<String> at = new ArrayList<>();
            for (int i = 0; i < path.size(); i++) {
                at.add(i == j ? first.get(i) : m + "." + path.get(i));
            }
            String premise = shape.isEmpty() ? "" : literal(m, shape) + " => ";
            out.add("\\A " + m + " \\in " + term + " : " + premise + "(" + entry(u.variable(), at) + " >= " + m + "." + n + " \\/ \\E "
                    + m2 + " \\in " + term + " : " + matching(m2, path, at, shape) + " /\\ " + m2 + "." + n + " >= " + m + "." + n + ")");
        }
        return out;
    }

    /** {@code m.dst = VREPLICA1 /\ m.elem = VELEMENT1}, after the message's literal fields. */
    private static String matching(String m, List<String> path, List<String> values, Map<String, String> shape) {
        List<String> conjuncts = new ArrayList<>();
        if (!shape.isEmpty()) {
            conjuncts.add(literal(m, shape));
        }
        for (int i = 0; i < path.size(); i++) {
            conjuncts.add(m + "." + path.get(i) + " = " + values.get(i));
        }
        return String.join(" /\\ ", conjuncts);
    }

    /** {@code m.type = "Ack"}: the message's literal fields. */
    private static String literal(String m, Map<String, String> shape) {
        return String.join(" /\\ ", shape.entrySet().stream().map(f -> m + "." + f.getKey() + " = " + f.getValue()).toList());
    }

    private static String entry(String function, List<String> indexes) {
        return function + "[" + String.join("][", indexes) + "]";
    }

    /** The sets of the fields of the records a set of messages holds, by field; empty if they are not records. */
    private Map<String, String> fieldSets(String term) {
        String elements = typeAtoms.inFlight().get(term);
        Map<String, String> out = new LinkedHashMap<>();
        if (elements != null) {
            SetSyntax.recordFields(sets.expand(unparenthesised(elements.strip())))
                    .ifPresent(fields -> fields.forEach((f, set) -> out.put(f, unparenthesised(set))));
        }
        return out;
    }
}
