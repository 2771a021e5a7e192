package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.SetSyntax.MAP;
import static dev.invar.assistant.prove.grammar.SetSyntax.NAME;
import static dev.invar.assistant.prove.grammar.SetSyntax.RECORDS;
import static dev.invar.assistant.prove.grammar.SetSyntax.spaced;
import static dev.invar.assistant.prove.grammar.SetSyntax.topLevel;
import static dev.invar.assistant.prove.grammar.SetSyntax.union;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atoms about the members of a set of the state: {@code e \in s} for the grammar's variables, literals, records or
 * tuples its elements may be, and for a set of messages of one shape, messages with one or two of their fields given
 * ({@link #projectionsOf}).
 */
final class MemberAtoms extends GrammarPart {
    /** Atoms about messages of one shape with only some of their fields given (see {@link #projectionsOf}). */
    private final List<String> projections = new ArrayList<>();

    MemberAtoms(GrammarDraft draft) {
        super(draft);
    }

    /** Atoms about messages of one shape with only some of their fields given, found so far. */
    List<String> projections() {
        return projections;
    }

    /** Atoms {@code e \in term} for the elements e of {@code elements}: bound variables, literals or records. */
    void atoms(String term, String elements, int depth) {
        String expanded = sets.expand(unparenthesised(elements.strip()));
        java.util.Optional<String> named = outline.definitions().entrySet().stream().filter(d -> outline.parameters(d.getKey()).isEmpty()
                && spaced(unparenthesised(d.getValue().strip())).equals(spaced(expanded))).map(Map.Entry::getKey).findFirst();
        if (named.isPresent() && union(expanded).size() == 1 && MAP.matcher(expanded).matches() && variables.image(expanded).isEmpty() && sets.isConstantSet(named.get())) {
            // Messages a map builds, SnapshotMsg == {[dest |-> f, data |-> d] : f \in Follower, d \in ...}: the set's
            // variables, named after it rather than after its text.
            variables.of(named.get()).forEach(v -> predicates.add(v + " \\in " + term));
            return;
        }
        inner(expanded).forEach(v -> predicates.add(v + " \\in " + term));
        for (String part : union(sets.expand(unparenthesised(elements.strip())))) {
            String p = sets.unfiltered(part);
            Matcher records = RECORDS.matcher(p);
            if (records.matches()) {
                List<String> listed = recordsOf(records.group(1));
                for (String record : listed) {
                    predicates.add(record + " \\in " + term);
                }
                projections.addAll(projectionsOf(records.group(1), term, !listed.isEmpty()));
            } else if (topLevel(p, '\u0001').size() > 1) {
                for (String tuple : variables.tuplesOf(topLevel(p, '\u0001'))) {
                    predicates.add(tuple + " \\in " + term);
                }
            } else if (!variables.of(p).isEmpty()) {
                variables.of(p).forEach(v -> predicates.add(v + " \\in " + term));
            } else {
                for (String value : variables.values(p)) {
                    predicates.add(value + " \\in " + term);
                }
            }
        }
    }

    /**
     * The variables of the other ranges the prefix quantifies over that lie inside {@code range} and end where it does:
     * for {@code live \in SUBSET Snap} with {@code Snap == 0 .. MaxSnap}, those of {@code NewSnap == 1 .. MaxSnap}, so
     * that {@code VNEWSNAP1 \in live} can stand beside what is said of {@code snapFiles[VNEWSNAP1]}.
     */
    private List<String> inner(String range) {
        List<String> ends = SetSyntax.rangeEnds(range);
        if (ends.size() != 2 || !ends.get(0).matches("\\d+")) {
            return List.of();
        }
        int low = Integer.parseInt(ends.get(0));
        return variables.ranges((lo, hi) -> hi.equals(ends.get(1)) && lo.matches("\\d+") && Integer.parseInt(lo) > low).stream()
                .flatMap(List::stream).toList();
    }

    /**
     * Messages of one shape with one or two of their fields given, whatever the others:
     * {@code \E m \in msgs : m.type = "1b" /\ m.acc = a /\ m.bal = b}. A whole record pins every field, and a
     * message with five fields has too many records to list; an invariant usually speaks of two of them
     * ("a promise of acceptor a in ballot b"). The shape's fields with a single literal value fix the shape.
     * When the shape's records are listed, a projection on its only free field would be one of them; when they
     * are not (a field ranges over numbers up to a constant's size), it is the only atom that says who sent one.
     */
    private List<String> projectionsOf(String fields, String term, boolean recordsListed) {
        List<String> shape = new ArrayList<>();
        List<String[]> free = new ArrayList<>();
        List<String> counters = new ArrayList<>();
        String m = variables.fresh("m");
        for (String field : topLevel(fields, ',')) {
            int colon = field.indexOf(':');
            if (colon < 0) {
                return List.of();
            }
            String name = field.substring(0, colon).strip();
            String set = unparenthesised(field.substring(colon + 1).strip());
            List<String> names = NAME.matcher(set).matches() ? variables.of(set) : List.of();
            if (set.startsWith("{") && variables.values(set).size() == 1) {
                shape.add(m + "." + name + " = " + variables.values(set).get(0));
            } else if (!names.isEmpty()) {
                free.add(new String[] {name, set, names.get(0), names.get(1)});
            }
            if (sets.isNumeric(set)) {
                counters.add(name);
            }
        }
        Map<String, String> senders = new LinkedHashMap<>();
        free.forEach(f -> senders.putIfAbsent(f[2], f[0]));
        integers.shape(new IntegerAtoms.MessageShape(term, m, shape, senders, counters));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            out.add(projection(m, term, shape, List.of(m + "." + free.get(i)[0] + " = " + free.get(i)[2])));
            for (int j = i + 1; j < free.size(); j++) {
                String second = free.get(j)[1].equals(free.get(i)[1]) ? free.get(j)[3] : free.get(j)[2];
                out.add(projection(m, term, shape, List.of(m + "." + free.get(i)[0] + " = " + free.get(i)[2],
                        m + "." + free.get(j)[0] + " = " + second)));
            }
        }
        return free.size() < (recordsListed ? 2 : 1) ? List.of() : out;
    }

    private static String projection(String m, String term, List<String> shape, List<String> fields) {
        List<String> conjuncts = new ArrayList<>(shape);
        conjuncts.addAll(fields);
        return "\\E " + m + " \\in " + term + " : " + String.join(" /\\ ", conjuncts);
    }

    /**
     * One record per combination of literal field values, with constant-set fields bound to a variable. A field the
     * spec fills from a variable of the state of the field's type, {@code view |-> view}, may hold that variable too:
     * a message of the current view, which a lemma tells from one of an earlier view without a literal more.
     */
    private List<String> recordsOf(String fields) {
        List<List<String>> choices = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String field : topLevel(fields, ',')) {
            int colon = field.indexOf(':');
            if (colon < 0) {
                return List.of();
            }
            String name = field.substring(0, colon).strip();
            String set = field.substring(colon + 1).strip();
            names.add(name);
            List<String> v = variables.values(set);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> choice = new ArrayList<>(v.size() > 3 ? v.subList(0, 1) : v);
            shapes.forEach((variable, type) -> {
                if (spaced(unparenthesised(type.strip())).equals(spaced(unparenthesised(set))) && !bound.containsKey(variable)
                        && Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\|->\\s*" + Pattern.quote(variable) + "\\s*[,\\]]")
                                .matcher(specText).find()) {
                    choice.add(variable);
                }
            });
            choices.add(choice);
        }
        List<String> out = new ArrayList<>();
        combine(names, choices, 0, new ArrayList<>(), out);
        return out;
    }

    private static void combine(List<String> names, List<List<String>> choices, int i, List<String> picked, List<String> out) {
        if (out.size() >= 12) {
            return;
        }
        if (i == names.size()) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < names.size(); f++) {
                fields.add(names.get(f) + " |-> " + picked.get(f));
            }
            out.add("[" + String.join(", ", fields) + "]");
            return;
        }
        for (String c : choices.get(i)) {
            picked.add(c);
            combine(names, choices, i + 1, picked, out);
            picked.remove(picked.size() - 1);
        }
    }
}
