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

    /** @param body a definition's body as {@link dev.invar.tlc.ModuleOutline} gives it (first line stripped) */
    static List<String> of(String body) {
        String text = body.strip();
        if (text.startsWith("/\\")) {
            return bullets(text);
        }
        if (BINDER.matcher(text).find()) {
            return List.of(text);
        }
        return infix(text);
    }

    /** Items of a bullet list whose first bullet opens the body; later bullets sit at the list's column. */
    private static List<String> bullets(String text) {
        String[] lines = text.split("\n", -1);
        int column = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (stripped.startsWith("/\\")) {
                column = Math.min(column, lines[i].length() - stripped.length());
            }
        }
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder(lines[0].substring(2));
        for (int i = 1; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            int indent = lines[i].length() - stripped.length();
            if (stripped.startsWith("/\\") && indent == column) {
                items.add(current.toString().strip());
                current = new StringBuilder(stripped.substring(2));
            } else {
                current.append('\n').append(lines[i]);
            }
        }
        items.add(current.toString().strip());
        if (lines.length == 1) {
            return infix(text.substring(2).strip());
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

    /** {@code \A x, y \in S : body} over one constant set S: its bound names, S and the body. */
    record Universal(List<String> names, String domain, String body) {
        private static final Pattern FORM =
                Pattern.compile("(?s)^\\\\A\\s+([A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)*)\\s*\\\\in\\s+([A-Za-z_]\\w*)\\s*:(.*)$");

        static java.util.Optional<Universal> of(String conjunct) {
            Matcher m = FORM.matcher(conjunct.strip());
            if (!m.matches()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Universal(List.of(m.group(1).split("\\s*,\\s*")), m.group(2), m.group(3)));
        }
    }
}
