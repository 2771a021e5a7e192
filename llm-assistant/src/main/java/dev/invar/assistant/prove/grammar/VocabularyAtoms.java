package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spec's own predicates about the state, applied to the grammar's variables: an operator such as
 * {@code Committed(s, w) == \E i \in Pos : i <= Len(clog[s]) /\ clog[s][i] = w}, which no action calls, is the
 * vocabulary the author thinks in, {@code Committed(VSERVER1, VWRITE1)}, and an invariant is often a clause over it
 * (a write is never both tentative and committed at a server). A parameter's set is the one the spec quantifies
 * its name over elsewhere ({@code \E s \in Server, w \in Write : ...}), when that set has grammar variables already.
 */
final class VocabularyAtoms extends GrammarPart {
    /** A quantifier's bindings, {@code \E s, r \in Server, w \in Write :}. */
    private static final Pattern QUANTIFIER = Pattern.compile("\\\\[EA]\\s+((?:\\w+(?:\\s*,\\s*\\w+)*\\s*\\\\in\\s+\\w+\\s*,?\\s*)+):");
    /** One binding of a quantifier, {@code s, r \in Server}. */
    private static final Pattern BINDING = Pattern.compile("(\\w+(?:\\s*,\\s*\\w+)*)\\s*\\\\in\\s+(\\w+)");
    /** A temporal operator or a fairness condition: not a predicate of one state. */
    private static final Pattern TEMPORAL = Pattern.compile("\\[\\]|(?<!<)<>(?!>)|~>|\\b[WS]F_");
    private static final int MAX_ATOMS = 12;

    VocabularyAtoms(GrammarDraft draft) {
        super(draft);
    }

    void atoms() {
        Map<String, String> setOf = parameterSets();
        int added = 0;
        for (Map.Entry<String, String> d : outline.definitions().entrySet()) {
            List<String> parameters = outline.parameters(d.getKey());
            String body = unparenthesised(d.getValue().strip());
            if (parameters.isEmpty() || added >= MAX_ATOMS || body.length() > 240 || outline.changesState(body)
                    || outline.variablesUsed(body).isEmpty() || !isPredicate(body)) {
                continue;
            }
            Map<String, Integer> used = new HashMap<>();
            List<String> arguments = new ArrayList<>();
            for (String p : parameters) {
                List<String> names = setOf.containsKey(p) ? variables.existing(setOf.get(p)) : List.of();
                int k = names.isEmpty() ? 0 : used.merge(setOf.get(p), 1, Integer::sum) - 1;
                if (k >= names.size()) {
                    break;
                }
                arguments.add(names.get(k));
            }
            if (arguments.size() == parameters.size() && predicates.add(d.getKey() + "(" + String.join(", ", arguments) + ")")) {
                added++;
            }
        }
    }

    /** Each name the spec's quantifiers bind to one named set only, with that set. */
    private Map<String, String> parameterSets() {
        Map<String, String> out = new LinkedHashMap<>();
        java.util.Set<String> ambiguous = new java.util.HashSet<>();
        Matcher quantifier = QUANTIFIER.matcher(specText);
        while (quantifier.find()) {
            Matcher binding = BINDING.matcher(quantifier.group(1));
            while (binding.find()) {
                String set = binding.group(2);
                for (String name : binding.group(1).split(",")) {
                    String before = out.putIfAbsent(name.strip(), set);
                    if (before != null && !before.equals(set)) {
                        ambiguous.add(name.strip());
                    }
                }
            }
        }
        ambiguous.forEach(out::remove);
        return out;
    }

    /** Whether a definition's body is a formula of one state (a value chosen, built or bound by LET is not looked into). */
    private static boolean isPredicate(String body) {
        return !body.matches("(?s)^(CHOOSE|LET|CASE)\\b.*") && !body.startsWith("{") && !body.startsWith("[") && !body.startsWith("<<")
                && !TEMPORAL.matcher(body).find() && RelationAtoms.isFormula(body);
    }
}
