package dev.invar.assistant.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level conjuncts of a definition's body: the items of a {@code /\} bullet list (aligned as TLA+
 * aligns them), or the operands of an infix {@code /\} outside any brackets. A body that is neither, such
 * as a quantifier, is one conjunct.
 */
final class Conjuncts {
    private static final Pattern BINDER = Pattern.compile("^(\\\\A|\\\\E|LET\\b|IF\\b|CHOOSE\\b|CASE\\b)");

    private Conjuncts() {
    }

    /**
     * @param body a definition's body with the source's columns (its first line padded to where it stood),
     *             as {@link PropertyDefinition} gives it
     * @return each conjunct, also with the source's columns (so bullet lists inside keep their meaning)
     */
    static List<String> of(String body) {
        String text = body.stripTrailing();
        String first = text.lines().findFirst().orElse("");
        int lead = first.length() - first.stripLeading().length();
        String start = text.strip();
        if (start.startsWith("/\\") && text.contains("\n")) {
            return bullets(text, lead);
        }
        if (start.startsWith("/\\")) {
            return infix(start.substring(2).strip());
        }
        if (BINDER.matcher(start).find() || text.contains("\n")) {
            return List.of(text);
        }
        return infix(start);
    }

    /** A conjunct as a reader sees it: every line moved left by the first line's padding, alignment kept. */
    static String shown(String conjunct) {
        String text = conjunct.stripTrailing();
        String first = text.lines().findFirst().orElse("");
        int lead = first.length() - first.stripLeading().length();
        return text.lines().map(line -> line.substring(Math.min(lead, line.length() - line.stripLeading().length())))
                .collect(java.util.stream.Collectors.joining("\n"));
    }

    /** Items of a bullet list at column {@code column}; each keeps the source's columns. */
    private static List<String> bullets(String text, int column) {
        String[] lines = text.split("\n", -1);
        List<String> items = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            String stripped = line.stripLeading();
            int indent = line.length() - stripped.length();
            if (stripped.startsWith("/\\") && indent == column) {
                if (current != null) {
                    items.add(current.toString().stripTrailing());
                }
                current = new StringBuilder(" ".repeat(column + 2)).append(stripped.substring(2));
            } else if (current != null) {
                current.append('\n').append(line);
            }
        }
        if (current != null) {
            items.add(current.toString().stripTrailing());
        }
        return items;
    }

    /** Splits at {@code /\} outside brackets; a conjunct that starts a binder runs to the end. */
    private static List<String> infix(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                i = endOfString(text, i);
            } else if (c == '(' || c == '[' || c == '{' || (c == '<' && text.startsWith("<<", i))) {
                depth++;
                i += c == '<' ? 1 : 0;
            } else if (c == ')' || c == ']' || c == '}' || (c == '>' && text.startsWith(">>", i))) {
                depth--;
                i += c == '>' ? 1 : 0;
            } else if (depth == 0 && text.startsWith("/\\", i)) {
                String part = text.substring(start, i).strip();
                if (BINDER.matcher(part).find()) {
                    break;
                }
                parts.add(part);
                start = i + 2;
                i++;
            }
        }
        parts.add(text.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    private static int endOfString(String text, int open) {
        for (int i = open + 1; i < text.length(); i++) {
            if (text.charAt(i) == '\\') {
                i++;
            } else if (text.charAt(i) == '"') {
                return i;
            }
        }
        return text.length();
    }

    /**
     * {@code \A x, y \in S : body} over one constant set S: its bound names, S and the body, the body with
     * the source's columns.
     */
    record Universal(List<String> names, String domain, String body) {
        private static final Pattern FORM = Pattern.compile(
                "(?s)^(\\s*\\\\A\\s+)([A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)*)\\s*\\\\in\\s+([A-Za-z_]\\w*)\\s*:(.*)$");

        static java.util.Optional<Universal> of(String conjunct) {
            Matcher m = FORM.matcher(conjunct.stripTrailing());
            if (!m.matches() || conjunct.substring(0, m.start(4)).contains("\n")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Universal(List.of(m.group(2).split("\\s*,\\s*")), m.group(3),
                    " ".repeat(m.start(4)) + m.group(4)));
        }
    }
}
