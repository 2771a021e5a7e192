package dev.invar.tlc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Splits TLA+ text into its top-level conjuncts or disjuncts, reading both bulleted junction lists
 * (aligned {@code /\} or {@code \/} at the start of lines) and infix ones, outside brackets and
 * quantifier bodies. A light reading for generating modules; SANY stays the judge of well-formedness.
 */
public final class Junctions {
    private Junctions() {
    }

    public static List<String> conjuncts(String text) {
        return split(text, "/\\");
    }

    public static List<String> disjuncts(String text) {
        return split(text, "\\/");
    }

    /** A junction bullet at the start of a line after the first. */
    private static final java.util.regex.Pattern LATER_BULLET = java.util.regex.Pattern.compile("\n\\s*(/\\\\|\\\\/)");

    /**
     * The text on one line with the same meaning, or empty when it cannot tell. A bulleted junction list, whose
     * items end where the layout says, becomes an infix one with each item in parentheses: {@code \/ a /\ b} above
     * {@code \/ /\ c} and {@code /\ d} gives {@code (a /\ b) \/ ((c) /\ (d))}. Collapsing the spaces of a bulleted
     * list that is not the whole text (one inside a quantifier's body or brackets) would change what it means, so
     * such a text gives empty.
     */
    public static java.util.Optional<String> oneLine(String text) {
        String t = text.strip();
        for (String op : List.of("/\\", "\\/")) {
            if (t.startsWith(op) && t.contains("\n")) {
                List<String> pieces = split(t, op);
                List<String> items = new ArrayList<>();
                for (String piece : pieces) {
                    java.util.Optional<String> item = oneLine(piece);
                    if (item.isEmpty()) {
                        return item;
                    }
                    items.add(pieces.size() == 1 ? item.get() : "(" + item.get() + ")");
                }
                return java.util.Optional.of(String.join(" " + op + " ", items));
            }
        }
        if (LATER_BULLET.matcher(t).find()) {
            // A list that runs to the end, after a negation or a quantifier's colon: ~ /\ a /\ b, \A x \in S : /\ a /\ b.
            int bullet = firstBullet(t);
            String before = bullet < 0 ? "" : t.substring(0, bullet).strip();
            if (before.endsWith("~") || before.endsWith(":")) {
                return oneLine(t.substring(bullet)).map(list -> before.replaceAll("\\s+", " ") + " (" + list + ")");
            }
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(t.replaceAll("\\s+", " "));
    }

    /** Where the first junction bullet outside brackets is, or -1. */
    private static int firstBullet(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open(c)) {
                depth++;
            } else if (close(c)) {
                depth--;
            } else if (depth == 0 && (text.startsWith("/\\", i) || text.startsWith("\\/", i))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The actions an operator such as Next is a disjunction of, with existential quantifiers distributed
     * over the disjunctions they bind ({@code \E r \in RM : A(r) \/ B(r)} gives {@code \E r \in RM : A(r)}
     * and {@code \E r \in RM : B(r)}) and disjunctions of named operators expanded
     * ({@code Next == TMNext \/ RMNext}).
     */
    public static List<String> actions(String operator, Map<String, String> definitions) {
        List<String> actions = new ArrayList<>();
        expand(definitions.getOrDefault(operator, operator), definitions, actions, 0);
        return actions;
    }

    private static void expand(String expression, Map<String, String> definitions, List<String> into, int depth) {
        List<String> pieces = disjuncts(expression);
        if (pieces.size() != 1) {
            pieces.forEach(p -> expand(p, definitions, into, depth));
            return;
        }
        String piece = pieces.get(0);
        String unwrapped = unparenthesised(piece);
        if (!piece.equals(expression.strip()) || !unwrapped.equals(piece)) {
            expand(unwrapped, definitions, into, depth);
            return;
        }
        if (piece.startsWith("\\E")) {
            int colon = bodyColon(piece);
            if (colon > 0) {
                String head = piece.substring(0, colon + 1);
                List<String> inner = new ArrayList<>();
                expand(piece.substring(colon + 1), definitions, inner, depth);
                inner.forEach(i -> into.add(head + " " + i));
                return;
            }
        }
        String body = definitions.get(piece);
        if (body != null && depth < 16 && !body.contains("'") && !body.contains("UNCHANGED")) {
            expand(body, definitions, into, depth + 1);
            return;
        }
        into.add(piece);
    }

    /**
     * An action with its leading existential quantifiers taken apart: {@code \E r \in RM, s \in S : A(r, s)}
     * has bindings {@code r -> RM, s -> S} and body {@code A(r, s)}.
     */
    public record Quantified(List<Map.Entry<String, String>> bindings, String body) {
        public Quantified {
            bindings = List.copyOf(bindings);
        }
    }

    /** Takes the leading {@code \E} quantifiers of an action apart ({@code \E i, j \in S} binds both to S). */
    public static Quantified existentials(String action) {
        return leading(action, "\\E");
    }

    /** Takes the leading {@code \A} quantifiers of a property apart, as {@link #existentials} does for {@code \E}. */
    public static Quantified universals(String property) {
        return leading(property, "\\A");
    }

    /**
     * The two sides of a top-level implication {@code P => Q}, or empty: none outside brackets, or the text is
     * a quantifier, whose body runs to its end.
     */
    public static java.util.Optional<Map.Entry<String, String>> implication(String text) {
        String body = unparenthesised(text.strip());
        if (body.matches("(?s)^(\\\\[AE]|CHOOSE\\b|LET\\b|IF\\b|CASE\\b).*")) {
            return java.util.Optional.empty();
        }
        int depth = 0;
        for (int i = 0; i + 1 < body.length(); i++) {
            char c = body.charAt(i);
            depth += open(c) ? 1 : close(c) ? -1 : 0;
            if (depth == 0 && body.startsWith("=>", i) && (i == 0 || body.charAt(i - 1) != '<')) {
                return java.util.Optional.of(Map.entry(body.substring(0, i).strip(), body.substring(i + 2).strip()));
            }
        }
        return java.util.Optional.empty();
    }

    private static Quantified leading(String formula, String quantifier) {
        List<Map.Entry<String, String>> bindings = new ArrayList<>();
        String body = formula.strip();
        while (body.startsWith(quantifier)) {
            int colon = bodyColon(body);
            if (colon < 0) {
                break;
            }
            List<String> pending = new ArrayList<>();
            for (String piece : body.substring(2, colon).split(",(?![^\\[{(]*[\\]})])")) {
                int in = piece.indexOf("\\in");
                pending.add((in < 0 ? piece : piece.substring(0, in)).strip());
                if (in >= 0) {
                    String set = piece.substring(in + 3).strip();
                    pending.forEach(name -> bindings.add(Map.entry(name, set)));
                    pending.clear();
                }
            }
            body = body.substring(colon + 1).strip();
        }
        return new Quantified(bindings, body);
    }

    /** The index of the colon that ends a quantifier's bindings, or -1. */
    public static int bodyColon(String quantified) {
        int depth = 0;
        for (int i = 0; i < quantified.length(); i++) {
            char c = quantified.charAt(i);
            depth += open(c) ? 1 : close(c) ? -1 : 0;
            if (c == ':' && depth == 0 && !(i + 1 < quantified.length() && "=:>".indexOf(quantified.charAt(i + 1)) >= 0)
                    && !(i > 0 && quantified.charAt(i - 1) == ':')) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> split(String text, String op) {
        String body = text.strip();
        List<String> pieces = new ArrayList<>();
        if (body.isEmpty()) {
            return pieces;
        }
        if (body.startsWith(op)) {
            bulleted(body, op, pieces);
        } else {
            infix(body, op, pieces);
        }
        return pieces;
    }

    /** A bulleted list: the first line's bullet and every later bullet at the least indentation of any. */
    private static void bulleted(String body, String op, List<String> pieces) {
        String[] lines = body.split("\n", -1);
        int column = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String trimmed = lines[i].stripLeading();
            if (trimmed.startsWith(op)) {
                column = Math.min(column, lines[i].length() - trimmed.length());
            }
        }
        StringBuilder current = new StringBuilder(lines[0].strip().substring(op.length()));
        for (int i = 1; i < lines.length; i++) {
            String trimmed = lines[i].stripLeading();
            if (trimmed.startsWith(op) && lines[i].length() - trimmed.length() == column) {
                add(pieces, current.toString());
                current = new StringBuilder(" ".repeat(column + op.length())).append(trimmed.substring(op.length()));
            } else {
                current.append('\n').append(lines[i]);
            }
        }
        add(pieces, current.toString());
    }

    private static void infix(String body, String op, List<String> pieces) {
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (open(c)) {
                depth++;
            } else if (close(c)) {
                depth--;
            } else if (depth == 0 && body.startsWith(op, i)) {
                String current = body.substring(start, i).strip();
                if (binds(current)) {
                    break;
                }
                add(pieces, current);
                start = i + op.length();
                i += op.length() - 1;
            }
        }
        add(pieces, body.substring(start));
    }

    /** A piece whose scope runs to the end of the text: a quantifier, LET, IF or CASE. */
    private static boolean binds(String piece) {
        return piece.startsWith("\\E") || piece.startsWith("\\A") || piece.startsWith("LET") || piece.startsWith("IF")
                || piece.startsWith("CASE") || piece.startsWith("CHOOSE");
    }

    private static void add(List<String> pieces, String piece) {
        String p = piece.strip();
        if (!p.isEmpty()) {
            pieces.add(p);
        }
    }

    /** Whether the text is one parenthesised expression, {@code (...)}, as a whole. */
    public static boolean parenthesised(String piece) {
        String p = piece.strip();
        return !unparenthesised(p).equals(p);
    }

    /** Whether every bracket in the text, round, square or curly, closes within it and none closes before it opens. */
    public static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += open(c) ? 1 : close(c) ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private static String unparenthesised(String piece) {
        if (!piece.startsWith("(") || !piece.endsWith(")")) {
            return piece;
        }
        int depth = 0;
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            depth += open(c) ? 1 : close(c) ? -1 : 0;
            if (depth == 0 && i < piece.length() - 1) {
                return piece;
            }
        }
        return piece.substring(1, piece.length() - 1).strip();
    }

    private static boolean open(char c) {
        return c == '(' || c == '[' || c == '{';
    }

    private static boolean close(char c) {
        return c == ')' || c == ']' || c == '}';
    }
}
