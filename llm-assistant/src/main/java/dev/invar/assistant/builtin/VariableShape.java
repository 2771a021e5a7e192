package dev.invar.assistant.builtin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What TypeOK says a variable is: a function from a constant set to a few values
 * ({@code v \in [D -> {"a", "b"}]}), a scalar with a few values ({@code v \in {"a", "b"}},
 * {@code BOOLEAN}, {@code 0..2}), or a subset of a set ({@code v \subseteq D}).
 *
 * @param domain for a function or a subset: the set its arguments or elements come from
 * @param values the literal values it can take (empty when TypeOK does not list them)
 */
record VariableShape(String name, Kind kind, Optional<String> domain, List<String> values) {

    enum Kind { FUNCTION, SCALAR, SUBSET }

    private static final Pattern FUNCTION = Pattern.compile("^(\\w+)\\s*\\\\in\\s*\\[\\s*(\\w+)\\s*->\\s*(.+)\\]$", Pattern.DOTALL);
    private static final Pattern SCALAR = Pattern.compile("^(\\w+)\\s*\\\\in\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern SUBSET = Pattern.compile("^(\\w+)\\s*\\\\subseteq\\s*(\\w+)$");
    private static final Pattern RANGE = Pattern.compile("^(\\d+)\\s*\\.\\.\\s*(\\w+)$");

    /** Reads the shapes of the variables from the conjuncts of TypeOK's definition. */
    static List<VariableShape> fromTypeOk(String typeOk, List<String> variables) {
        List<VariableShape> shapes = new ArrayList<>();
        for (String conjunct : conjuncts(typeOk)) {
            Matcher f = FUNCTION.matcher(conjunct);
            Matcher sub = SUBSET.matcher(conjunct);
            Matcher sc = SCALAR.matcher(conjunct);
            if (f.matches() && variables.contains(f.group(1))) {
                shapes.add(new VariableShape(f.group(1), Kind.FUNCTION, Optional.of(f.group(2)), values(f.group(3).strip())));
            } else if (sub.matches() && variables.contains(sub.group(1))) {
                shapes.add(new VariableShape(sub.group(1), Kind.SUBSET, Optional.of(sub.group(2)), List.of()));
            } else if (sc.matches() && variables.contains(sc.group(1))) {
                List<String> values = values(sc.group(2).strip());
                if (!values.isEmpty()) {
                    shapes.add(new VariableShape(sc.group(1), Kind.SCALAR, Optional.empty(), values));
                }
            }
        }
        return shapes;
    }

    /** The literal values of a set expression: {@code {"a", 1}}, {@code BOOLEAN}, {@code 0..N} (its first two). */
    static List<String> values(String set) {
        if (set.equals("BOOLEAN")) {
            return List.of("TRUE", "FALSE");
        }
        Matcher r = RANGE.matcher(set);
        if (r.matches()) {
            int low = Integer.parseInt(r.group(1));
            return List.of(Integer.toString(low), Integer.toString(low + 1));
        }
        if (set.startsWith("{") && set.endsWith("}")) {
            List<String> values = new ArrayList<>();
            for (String v : set.substring(1, set.length() - 1).split(",")) {
                String literal = v.strip();
                if (literal.matches("\"[^\"]*\"|-?\\d+|TRUE|FALSE")) {
                    values.add(literal);
                }
            }
            return values;
        }
        return List.of();
    }

    /** The top-level conjuncts of a definition body written as a {@code /\} list or a single formula. */
    static List<String> conjuncts(String body) {
        List<String> parts = new ArrayList<>();
        for (String piece : body.split("(?m)^\\s*/\\\\|\\s/\\\\\\s")) {
            String p = piece.strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }
}
