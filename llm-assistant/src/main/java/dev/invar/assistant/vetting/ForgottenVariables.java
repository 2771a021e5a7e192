package dev.invar.assistant.vetting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutants where an action forgets one variable it should leave alone: a variable listed in its
 * {@code UNCHANGED} is instead reset to the value Init gives it (Init's {@code v = expr} conjunct; a
 * variable Init sets otherwise is left out). Leaving the successor undefined would be a TLC error, not a
 * behaviour an invariant could catch.
 */
final class ForgottenVariables {
    private static final Pattern UNCHANGED = Pattern.compile("\\bUNCHANGED\\s*(?:<<([^>]*)>>|(\\w+))");
    private static final Pattern TUPLE = Pattern.compile("(?s)<<([^>]*)>>");
    private static final Pattern EQUATION = Pattern.compile("(?s)(\\w+)\\s*=(?![=<>])\\s*(.+)");

    private ForgottenVariables() {
    }

    static List<Mutants.Mutant> in(SpecText spec, String action) {
        Map<String, String> initial = initialValues(spec);
        List<Mutants.Mutant> mutants = new ArrayList<>();
        spec.body(action).ifPresent(body -> {
            Matcher m = UNCHANGED.matcher(spec.code()).region(body.from(), body.to());
            while (m.find()) {
                List<String> kept = m.group(1) != null ? names(m.group(1)) : expand(spec, m.group(2));
                for (String v : kept) {
                    if (!initial.containsKey(v)) {
                        continue;
                    }
                    List<String> rest = new ArrayList<>(kept);
                    rest.remove(v);
                    // The initial value gets its own definition before the action: inlined, a bound name in it
                    // (n in [n \in Node |-> 0]) could clash with the action's parameter, which SANY refuses.
                    String operator = freshName(spec, "Initial_" + v);
                    String reset = v + "' = " + operator;
                    String with = "(" + (rest.isEmpty() ? reset : "UNCHANGED <<" + String.join(", ", rest) + ">> /\\ " + reset) + ")";
                    String replaced = spec.replace(m.start(), m.end(), with);
                    String text = replaced.substring(0, body.start()) + operator + " == " + initial.get(v) + "\n"
                            + replaced.substring(body.start());
                    mutants.add(new Mutants.Mutant(Mutants.Kind.UNCHANGED, action + ": reset " + v + " to " + initial.get(v)
                            + " instead of leaving it unchanged", text));
                }
            }
        });
        return mutants;
    }

    private static String freshName(SpecText spec, String name) {
        String fresh = name;
        while (spec.text().contains(fresh)) {
            fresh += "_";
        }
        return fresh;
    }

    /** The variables a name in UNCHANGED stands for: itself, or a definition such as {@code vars == <<a, b>>}. */
    private static List<String> expand(SpecText spec, String name) {
        if (spec.outline().variables().contains(name)) {
            return List.of(name);
        }
        Optional<String> def = spec.outline().definition(name);
        Matcher tuple = TUPLE.matcher(def.orElse(""));
        if (def.isPresent() && tuple.matches()) {
            List<String> names = names(tuple.group(1));
            if (spec.outline().variables().containsAll(names)) {
                return names;
            }
        }
        return List.of();
    }

    private static List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String n : list.split(",")) {
            if (!n.isBlank()) {
                names.add(n.strip());
            }
        }
        return names;
    }

    /** Each variable Init sets with a top-level {@code v = expr} conjunct, to {@code expr} on one line. */
    private static Map<String, String> initialValues(SpecText spec) {
        Map<String, String> values = new LinkedHashMap<>();
        String init = spec.outline().definition("Init").orElse("");
        for (String conjunct : topLevelConjuncts(init)) {
            Matcher eq = EQUATION.matcher(conjunct.strip());
            // A disjunction is not one initial value.
            if (eq.matches() && spec.outline().variables().contains(eq.group(1)) && !eq.group(2).contains("\\/")) {
                values.putIfAbsent(eq.group(1), SpecText.oneLine(eq.group(2)));
            }
        }
        return values;
    }

    /** The parts of a formula between {@code /\} outside any bracket. */
    private static List<String> topLevelConjuncts(String formula) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < formula.length(); i++) {
            char c = formula.charAt(i);
            depth += "([{".indexOf(c) >= 0 || formula.startsWith("<<", i) ? 1 : ")]}".indexOf(c) >= 0 || formula.startsWith(">>", i) ? -1 : 0;
            if (formula.startsWith("<<", i) || formula.startsWith(">>", i)) {
                i++;
            } else if (depth == 0 && formula.startsWith("/\\", i)) {
                parts.add(formula.substring(from, i));
                from = i + 2;
                i++;
            }
        }
        parts.add(formula.substring(from));
        return parts;
    }
}
