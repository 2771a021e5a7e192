package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.ExpressionText.mentions;
import static dev.invar.assistant.prove.grammar.SetSyntax.FUNCTIONS;
import static dev.invar.assistant.prove.grammar.SetSyntax.RECORDS;
import static dev.invar.assistant.prove.grammar.SetSyntax.spaced;
import static dev.invar.assistant.prove.grammar.SetSyntax.topLevel;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atoms about messages that copy the state: a tuple that carries a constant function's value at another of its
 * components ({@link #carried}), a function's rows gossiped whole ({@link #copies}), a record of one element's state
 * ({@link #snapshots}). What an atom says of the state is then said of the copies in flight.
 */
final class CopyAtoms extends GrammarPart {
    /** A record built in the spec, {@code [adds |-> adds[r], tombs |-> tombs[r]]}: its fields. */
    private static final Pattern RECORD_LITERAL = Pattern.compile("\\[((?:\\s*\\w+\\s*\\|->[^\\[\\],]*(?:\\[[^\\[\\]]*\\])?\\s*,?)+)\\]");

    /** A field of a record that reads a function at an index: {@code tombs |-> tombs[r]}. */
    private static final Pattern SNAPSHOT_FIELD = Pattern.compile("^(\\w+)\\s*\\|->\\s*(\\w+)\\[\\s*(\\w+)\\s*\\]$");

    /** At most so many relations between two fields of a snapshot (see {@link #related}). */
    private static final int MAX_RELATED = 40;
    /** A tuple with no tuple inside, and a function applied to one argument. */
    private static final Pattern TUPLE = Pattern.compile("<<([^<>]*)>>");
    private final TypeAtoms typeAtoms;

    CopyAtoms(GrammarDraft draft, TypeAtoms typeAtoms) {
        super(draft);
        this.typeAtoms = typeAtoms;
    }

    /**
     * What a message carries as a function of another of its fields: where the spec builds a tuple
     * {@code <<next, Input[next]>>} for a set or sequence of tuples, with {@code Input} a constant function, the
     * atom {@code VDATA1 = Input[VSEQ1]} over the variables of the two components' sets says a message carries the
     * item its sequence number names.
     */
    void carried() {
        shapes.forEach((variable, set) -> {
            String t = unparenthesised(set.strip());
            String elements = t.startsWith("SUBSET ") ? t.substring("SUBSET ".length()) : sets.sequenceElements(t).orElse(null);
            if (elements == null) {
                return;
            }
            List<String> components = sets.components(elements);
            if (components.size() < 2) {
                return;
            }
            for (String body : outline.definitions().values()) {
                Matcher m = TUPLE.matcher(body);
                while (m.find()) {
                    List<String> parts = topLevel(m.group(1), ',');
                    for (int j = 0; parts.size() == components.size() && j < parts.size(); j++) {
                        Matcher f = ExpressionText.APPLIED.matcher(parts.get(j));
                        if (!f.matches() || !outline.isConstant(f.group(1))) {
                            continue;
                        }
                        int i = parts.indexOf(f.group(2));
                        List<String> from = i < 0 || i == j ? List.of() : variables.of(components.get(i));
                        List<String> to = variables.of(components.get(j));
                        if (!from.isEmpty() && !to.isEmpty()) {
                            predicates.add(to.get(0) + " = " + f.group(1) + "[" + from.get(0) + "]");
                        }
                    }
                }
            }
        });
    }

    /**
     * Messages that are copies of a function's rows: where a set of messages holds functions {@code [D -> R]} and
     * a variable is a function {@code [E -> [D -> R]]} (each replica's vector, gossiped whole), or holds values of
     * another kind that the spec sends as a function's entry ({@code msgs \\cup {store[r]}}), each atom about one
     * row at a grammar variable of E, and about no other element of E, is said of every message too: the safety
     * property's {@code cnt[VREPLICA1][VREPLICA2] <= cnt[VREPLICA2][VREPLICA2]} gives
     * {@code \A m \in msgs : m[VREPLICA2] <= cnt[VREPLICA2][VREPLICA2]}, a snapshot knows no more than the owner counted.
     */
    void copies() {
        List<String> known = List.copyOf(predicates);
        shapes.forEach((messages, set) -> {
            String t = unparenthesised(set.strip());
            if (!t.startsWith("SUBSET ")) {
                return;
            }
            String of = unparenthesised(t.substring("SUBSET ".length()).strip());
            boolean functions = FUNCTIONS.matcher(of).matches();
            String element = spaced(of);
            shapes.forEach((function, rows) -> {
                Matcher f = FUNCTIONS.matcher(unparenthesised(rows.strip()));
                if (!f.matches() || !spaced(unparenthesised(f.group(2).strip())).equals(element)) {
                    return;
                }
                // Messages of another kind than functions (sets of entries, say) only where the spec sends a row whole,
                // msgs \cup {store[r]}.
                if (!functions && !Pattern.compile("\\{\\s*" + Pattern.quote(function) + "\\s*\\[\\s*\\w+\\s*\\]\\s*\\}")
                        .matcher(specText).find()) {
                    return;
                }
                String m = variables.fresh("m");
                for (String v : variables.of(f.group(1).strip())) {
                    Pattern row = Pattern.compile("\\b" + Pattern.quote(function) + "\\[" + Pattern.quote(v) + "\\]");
                    for (String atom : known) {
                        String n = variables.notIn(atom, m);
                        String copy = row.matcher(atom).replaceAll(Matcher.quoteReplacement(n));
                        if (!copy.equals(atom) && !mentions(copy, v)) {
                            predicates.add("\\A " + n + " \\in " + messages + " : " + copy);
                        }
                    }
                }
            });
        });
    }

    /**
     * How two fields of one snapshot relate, {@code \\A m \\in msgs : <<VREPLICA2, VMAX1>> \\in m.val => m.vv[VREPLICA2] =
     * Max}: for two atoms {@link #snapshots} said of every message, about different fields and no state but the
     * message, the variables of one among those of the other, each implying the other, as one atom. A replica's value
     * is the updates its vector covers, a clause of two atoms about the replica; in a message it is a clause inside
     * the quantifier over messages, which no two atoms say.
     */
    private void related(String messages, Map<String, String> lifted) {
        // Of the message alone: an atom that also reads the state compares the message with a replica, not its fields.
        List<String> copies = lifted.keySet().stream().filter(c -> outline.variablesUsed(c.replaceAll("\\b" + Pattern.quote(lifted.get(c))
                + "\\.\\w+", "")).isEmpty()).toList();
        Map<String, Set<String>> named = new LinkedHashMap<>();
        copies.forEach(c -> named.put(c, variablesIn(c)));
        int added = 0;
        for (String a : copies) {
            for (String b : copies) {
                String n = lifted.get(a);
                Set<String> inA = named.get(a);
                Set<String> inB = named.get(b);
                boolean nested = !inA.isEmpty() && !inB.isEmpty() && (inA.containsAll(inB) || inB.containsAll(inA));
                if (added >= MAX_RELATED || !n.equals(lifted.get(b)) || !java.util.Collections.disjoint(fields(a, n), fields(b, n))
                        || !nested) {
                    continue;
                }
                if (predicates.add("\\A " + n + " \\in " + messages + " : " + a + " => " + b)) {
                    added++;
                }
            }
        }
    }

    /** The grammar's variables an atom names. */
    private Set<String> variablesIn(String atom) {
        Set<String> out = new java.util.TreeSet<>();
        bound.values().forEach(names -> names.stream().filter(v -> mentions(atom, v)).forEach(out::add));
        return out;
    }

    /** The fields of the message {@code n} an atom reads. */
    private static Set<String> fields(String atom, String n) {
        Set<String> out = new java.util.TreeSet<>();
        Matcher field = Pattern.compile("\\b" + Pattern.quote(n) + "\\.(\\w+)").matcher(atom);
        while (field.find()) {
            out.add(field.group(1));
        }
        return out;
    }

    /**
     * Messages that are snapshots of one element's state: where the spec builds a record whose fields read state
     * functions at one index, {@code [adds |-> adds[r], tombs |-> tombs[r]]}, and a variable is a set of records with
     * those fields, each atom about those functions at one grammar variable, and about no other element of its set,
     * is said of every message too: the safety property's {@code tombs[VREPLICA1] \\subseteq adds[VREPLICA1]} gives
     * {@code \\A m \\in msgs : m.tombs \\subseteq m.adds}, a replica's state in flight is as consistent as the replica.
     */
    void snapshots() {
        List<String> known = List.copyOf(predicates);
        typeAtoms.inFlight().forEach((messages, elements) -> {
            Matcher records = RECORDS.matcher(sets.expand(unparenthesised(elements)));
            if (!records.matches()) {
                return;
            }
            Set<String> fields = new java.util.HashSet<>();
            topLevel(records.group(1), ',').forEach(f -> fields.add(f.substring(0, Math.max(0, f.indexOf(':'))).strip()));
            Matcher literal = RECORD_LITERAL.matcher(specText);
            while (literal.find()) {
                Map<String, String> read = new LinkedHashMap<>(); // function read at the index -> the field it fills
                Set<String> indexes = new java.util.HashSet<>();
                for (String f : topLevel(literal.group(1), ',')) {
                    Matcher field = SNAPSHOT_FIELD.matcher(f.strip());
                    if (field.matches() && fields.contains(field.group(1)) && shapes.containsKey(field.group(2))) {
                        read.put(field.group(2), field.group(1));
                        indexes.add(field.group(3));
                    }
                }
                if (read.isEmpty() || indexes.size() != 1) {
                    continue;
                }
                String m = variables.fresh("m");
                Map<String, String> lifted = new LinkedHashMap<>(); // the copy -> the message's name in it
                for (String atom : known) {
                    String n = variables.notIn(atom, m);
                    for (List<String> names : bound.values()) {
                        for (String v : names) {
                            String copy = atom;
                            for (Map.Entry<String, String> r : read.entrySet()) {
                                copy = copy.replaceAll("\\b" + Pattern.quote(r.getKey()) + "\\[" + Pattern.quote(v) + "\\]",
                                        Matcher.quoteReplacement(n + "." + r.getValue()));
                            }
                            if (!copy.equals(atom) && !mentions(copy, v)) {
                                predicates.add("\\A " + n + " \\in " + messages + " : " + copy);
                                lifted.putIfAbsent(copy, n);
                            }
                        }
                    }
                }
                related(messages, lifted);
            }
        });
    }
}
