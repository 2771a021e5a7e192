package dev.invar.assistant.vetting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutants where one use of a filtered set, a constant-level {@code S == {x \in T : P(x)}} such as a
 * quorum, is widened to {@code T}: at one {@code \in S} of an action (a quantifier's domain or a
 * membership guard) any element of T will do, the way a bug miscounts a majority.
 */
final class WidenedSets {
    private static final Pattern FILTER = Pattern.compile("(?s)\\{\\s*\\w+\\s*\\\\in\\s+(.+)\\}");

    private WidenedSets() {
    }

    static List<Mutants.Mutant> in(SpecText spec, String action) {
        Map<String, String> filters = filters(spec);
        List<Mutants.Mutant> mutants = new ArrayList<>();
        if (filters.isEmpty()) {
            return mutants;
        }
        spec.body(action).ifPresent(body -> {
            Matcher use = Pattern.compile("\\\\in\\s+(" + String.join("|", filters.keySet()) + ")\\b")
                    .matcher(spec.code()).region(body.from(), body.to());
            while (use.find()) {
                String set = use.group(1);
                mutants.add(new Mutants.Mutant(Mutants.Kind.WIDENED_SET, action + ": widen " + set + " to " + filters.get(set),
                        spec.replace(use.start(1), use.end(1), "(" + filters.get(set) + ")")));
            }
        });
        return mutants;
    }

    /** Each constant-level definition {@code S == {x \in T : P}}, S to T on one line. */
    private static Map<String, String> filters(SpecText spec) {
        Map<String, String> filters = new LinkedHashMap<>();
        spec.outline().definitions().forEach((name, body) -> {
            Matcher filter = FILTER.matcher(body);
            if (!spec.outline().parameters(name).isEmpty() || !filter.matches() || body.startsWith("{}")
                    || !spec.outline().variablesUsed(body).isEmpty()) {
                return;
            }
            SpecText definition = SpecText.of(body);
            if (definition.closing(0) != body.length()) {
                return; // {…} \cup {…}: not one filter
            }
            int colon = topLevelColon(body, filter.start(1));
            if (colon > 0) {
                filters.put(name, SpecText.oneLine(body.substring(filter.start(1), colon)));
            }
        });
        return filters;
    }

    /** The {@code :} that ends the filter's domain: the first outside brackets that is not part of {@code ::}, {@code :>} or {@code :=}. */
    private static int topLevelColon(String body, int from) {
        int depth = 0;
        for (int i = from; i < body.length() - 1; i++) {
            char c = body.charAt(i);
            if ("([{".indexOf(c) >= 0 || body.startsWith("<<", i)) {
                depth++;
            } else if (")]}".indexOf(c) >= 0 || body.startsWith(">>", i)) {
                depth--;
            } else if (c == ':' && depth == 0 && ":>=".indexOf(body.charAt(i + 1)) < 0 && body.charAt(i - 1) != ':') {
                return i;
            }
            if (body.startsWith("<<", i) || body.startsWith(">>", i)) {
                i++;
            }
        }
        return -1;
    }
}
