package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.SetSyntax.FUNCTIONS;
import static dev.invar.assistant.prove.grammar.SetSyntax.topLevel;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atoms about the elements the spec singles out: a constant it reads a function at ({@code len[Leader]}), an operator
 * of the state ({@code data[Primary(view)]}), a scalar of the state used as an index ({@code input[sIdx]}).
 */
final class SingledOutAtoms extends GrammarPart {
    /** How many elements the state singles out are read at (see {@link #distinguished}). */
    private static final int MAX_CHOSEN = 4;
    private final TypeAtoms typeAtoms;

    SingledOutAtoms(GrammarDraft draft, TypeAtoms typeAtoms) {
        super(draft);
        this.typeAtoms = typeAtoms;
    }

    /**
     * Atoms {@code V = C} for a constant C that the spec reads a variable at, {@code len[Leader]} with len a function
     * of a set the prefix quantifies over (not a set of numbers): C is an element of it that the protocol singles out, a
     * fixed leader, a coordinator, whose entry a lemma compares with the others': {@code ~(VREPLICA2 = Leader) \\/
     * hw[VREPLICA1] <= hw[VREPLICA2]}. One atom per variable of the set, as either may be the one it is.
     * <p>
     * The state may single one out too: {@code data[Primary(view)]}, an operator applied to variables and constants
     * only. Then each function of that set is read at it as at a variable ({@code up[Primary(view)]},
     * {@code VWRITE1 \\in data[Backup(view)]}): the current primary holds every acknowledged write, and the backup,
     * which a failover makes primary, holds them too; a clause over the set's variables needs a literal more to say
     * which of them is the primary, and one more for the backup.
     */
    void distinguished() {
        Map<String, String> chosen = new LinkedHashMap<>();
        shapes.forEach((variable, set) -> {
            Matcher functions = FUNCTIONS.matcher(unparenthesised(set.strip()));
            if (!functions.matches()) {
                return;
            }
            String domain = variables.sameAs(unparenthesised(functions.group(1).strip()));
            List<String> names = bound.get(domain);
            if (names == null || sets.isNumeric(domain)) {
                return;
            }
            Matcher at = Pattern.compile("\\b" + Pattern.quote(variable) + "\\[\\s*(\\w+)\\s*\\]").matcher(specText);
            while (at.find()) {
                String element = at.group(1);
                if (!names.contains(element) && outline.isConstant(element)) {
                    names.stream().map(n -> n + " = " + element).filter(draft::isNew).forEach(predicates::add);
                }
            }
            Matcher by = Pattern.compile("\\b" + Pattern.quote(variable) + "\\[\\s*(\\w+\\s*\\([^()\\[\\]]*\\))\\s*\\]").matcher(specText);
            while (by.find()) {
                String element = by.group(1).replaceAll("\\s+", " ");
                if (chosenByState(element) && chosen.size() < MAX_CHOSEN) {
                    chosen.putIfAbsent(element, domain);
                }
            }
        });
        chosen.forEach((element, domain) -> {
            bound.get(domain).forEach(n -> predicates.add(n + " = " + element));
            Set<String> before = new LinkedHashSet<>(predicates);
            shapes.forEach((variable, set) -> {
                Matcher functions = FUNCTIONS.matcher(unparenthesised(set.strip()));
                if (functions.matches() && variables.sameAs(unparenthesised(functions.group(1).strip())).equals(domain)) {
                    typeAtoms.atoms(variable + "[" + element + "]", functions.group(2).strip(), 1);
                }
            });
            List<String> read = predicates.stream().filter(a -> !before.contains(a)).toList();
            predicates.removeAll(read);
            read.stream().map(draft::guarded).forEach(predicates::add);
        });
    }

    /**
     * Atoms {@code V \in S} for a declared constant S that the spec uses as a set of elements of a set D the prefix
     * quantifies over: it takes S from D ({@code Obj \ Roots}), or asks whether an element bound over D in the same
     * definition is in S ({@code [x \in Obj |-> IF x \in Roots ...]}). The roots of a heap, the correct processes, the
     * nodes that vote: what holds of those elements only is then a clause, {@code ~(VOBJ1 \in Roots) \/ ~(phase =
     * "mark") \/ ~(color[VOBJ1] = "white")}.
     */
    void subsets() {
        bound.forEach((domain, names) -> outline.constants().stream()
                .filter(s -> !bound.containsKey(s) && !s.equals(domain) && usedAsSubset(s, domain))
                .forEach(s -> names.stream().map(n -> n + " \\in " + s).filter(draft::isNew).forEach(predicates::add)));
    }

    /** Whether some definition takes {@code set} from {@code domain}, or asks whether an element bound over the domain is in it. */
    private boolean usedAsSubset(String set, String domain) {
        String s = Pattern.quote(set);
        String d = Pattern.quote(domain);
        Pattern minus = Pattern.compile(d + "\\s*\\\\\\s*" + s + "\\b");
        Pattern member = Pattern.compile("\\b(\\w+)\\s*\\\\in\\s*" + s + "\\b");
        Pattern overDomain = Pattern.compile("^\\s*" + d + "(?!\\w)");
        for (String body : outline.definitions().values()) {
            if (minus.matcher(body).find()) {
                return true;
            }
            Set<String> boundOverDomain = new HashSet<>();
            Matcher binder = ExpressionText.BINDER.matcher(body);
            while (binder.find()) {
                if (overDomain.matcher(body.substring(binder.end())).find()) {
                    boundOverDomain.addAll(ExpressionText.bound(binder));
                }
            }
            Matcher m = member.matcher(body);
            while (m.find()) {
                if (boundOverDomain.contains(m.group(1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code Primary(view)}: an operator of the spec applied to variables and constants, reading the state. */
    private boolean chosenByState(String element) {
        Matcher call = Pattern.compile("^(\\w+) ?\\((.*)\\)$").matcher(element);
        if (!call.matches() || outline.definition(call.group(1)).isEmpty() || outline.variablesUsed(element).isEmpty()) {
            return false;
        }
        List<String> arguments = topLevel(call.group(2), ',');
        return outline.parameters(call.group(1)).size() == arguments.size() && arguments.stream().map(String::strip)
                .allMatch(a -> outline.variables().contains(a) || outline.isConstant(a) || a.matches("\\d+"));
    }

    /**
     * A function of the state read at a scalar of the state, as the spec reads it ({@code input[sIdx]}, the item
     * being sent): its value is compared with the values of the function's range, where the index lies in the
     * function's domain ({@code sIdx \in DOMAIN input /\ input[sIdx] = VDATA1}), so the atom is defined in every
     * type-correct state. The channel holds copies of the current item, which entries at the grammar's variables
     * cannot say.
     */
    void readsAtIndex() {
        Set<String> seen = new java.util.HashSet<>();
        shapes.forEach((function, set) -> {
            Matcher functions = FUNCTIONS.matcher(unparenthesised(set.strip()));
            if (!functions.matches()) {
                return;
            }
            Pattern read = Pattern.compile("\\b" + Pattern.quote(function) + "\\[\\s*(\\w+)\\s*\\]");
            for (String body : outline.definitions().values()) {
                Matcher m = read.matcher(body);
                while (m.find()) {
                    String index = m.group(1);
                    String indexSet = shapes.containsKey(index) ? unparenthesised(shapes.get(index).strip()) : null;
                    if (indexSet == null || FUNCTIONS.matcher(indexSet).matches() || indexSet.startsWith("SUBSET")
                            || !seen.add(function + "[" + index + "]")) {
                        continue;
                    }
                    for (String value : variables.values(functions.group(2))) {
                        predicates.add(index + " \\in DOMAIN " + function + " /\\ " + function + "[" + index + "] = " + value);
                    }
                }
            }
        });
    }
}
