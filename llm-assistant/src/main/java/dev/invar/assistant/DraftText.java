package dev.invar.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a TLA+ expression out of what a drafter wrote around it: Markdown code fences and inline code,
 * lines of prose, a leading label or {@code Name ==}, comments and trailing punctuation. Column positions
 * are kept where they matter (junction lists are aligned by column).
 */
final class DraftText {
    private static final Pattern FENCE = Pattern.compile("```[^\\n`]*\\n?(.*?)(?:```|$)", Pattern.DOTALL);
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    /** Letters and sentence punctuation; a hyphen only inside a word, since a spaced one is TLA+'s minus. */
    private static final Pattern PROSE_LINE =
            Pattern.compile("[A-Za-z](?:[A-Za-z'’,;:!?.()\" ]|(?<=[A-Za-z])-(?=[A-Za-z]))*");
    private static final Pattern LABEL = Pattern.compile("^([A-Za-z][A-Za-z ]{0,30}):(?!:)\\s*");
    private static final Pattern DEFINITION_HEAD = Pattern.compile("^\\s*[A-Za-z_][A-Za-z0-9_]*\\s*==(?!=)");

    /** Reserved words of TLA+: a line or label made of words that include one of these is TLA+, not prose. */
    static final Set<String> KEYWORDS = Set.of("ASSUME", "ASSUMPTION", "AXIOM", "BOOLEAN", "CASE", "CHOOSE",
            "CONSTANT", "CONSTANTS", "DOMAIN", "ELSE", "ENABLED", "EXCEPT", "EXTENDS", "FALSE", "IF", "IN",
            "INSTANCE", "LET", "LOCAL", "MODULE", "OTHER", "STRING", "SUBSET", "THEN", "THEOREM", "TRUE",
            "UNCHANGED", "UNION", "VARIABLE", "VARIABLES", "WITH", "LAMBDA", "RECURSIVE");

    private DraftText() {
    }

    static String extract(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n');
        text = insideFence(text);
        text = insideInlineCode(text);
        text = withoutProseLines(text);
        text = withoutComments(text);
        return text;
    }

    /** After Unicode is rewritten: drop a leading {@code Name ==}, trailing punctuation and common indentation. */
    static String tidy(String text) {
        Matcher head = DEFINITION_HEAD.matcher(text);
        if (head.find()) {
            // Blanks, not deletion: the lines below were aligned against the columns of this one.
            text = " ".repeat(head.end()) + text.substring(head.end());
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(0).isBlank()) {
            lines.remove(0);
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        if (lines.isEmpty()) {
            return "";
        }
        int last = lines.size() - 1;
        lines.set(last, withoutTrailingPunctuation(lines.get(last)));
        int common = lines.stream().filter(l -> !l.isBlank()).mapToInt(DraftText::indentation).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.isBlank() ? "" : line.substring(common));
        }
        return out.toString();
    }

    private static String insideFence(String text) {
        Matcher fence = FENCE.matcher(text);
        return fence.find() ? fence.group(1) : text;
    }

    private static String insideInlineCode(String text) {
        Matcher code = INLINE_CODE.matcher(text);
        if (code.find()) {
            return code.group(1);
        }
        return text.replace("`", "");
    }

    private static String withoutProseLines(String text) {
        List<String> kept = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!isProse(line)) {
                kept.add(kept.isEmpty() ? withoutLabel(line) : line);
            }
        }
        return String.join("\n", kept);
    }

    /** A sentence: only letters and punctuation, several words, no TLA+ keyword, ends like a sentence or is long. */
    static boolean isProse(String line) {
        String t = line.strip();
        if (!PROSE_LINE.matcher(t).matches()) {
            return false;
        }
        String[] words = t.split("[\\s,;:.!?()\"]+");
        if (words.length < 3) {
            return false;
        }
        for (String word : words) {
            if (KEYWORDS.contains(word)) {
                return false;
            }
        }
        return t.endsWith(":") || t.endsWith(".") || words.length >= 5;
    }

    /** {@code Invariant: x > 0} → {@code x > 0}; {@code CHOOSE x : P(x)} is left alone. */
    private static String withoutLabel(String line) {
        Matcher label = LABEL.matcher(line.stripLeading());
        if (!label.find()) {
            return line;
        }
        for (String word : label.group(1).trim().split("\\s+")) {
            if (KEYWORDS.contains(word)) {
                return line;
            }
        }
        String rest = line.stripLeading().substring(label.end());
        return rest.isBlank() ? "" : rest;
    }

    /** Removes {@code \* …} and (nested) {@code (* … *)} outside strings; blanks keep the columns. */
    static String withoutComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (depth > 0) {
                if (c == '(' && next == '*') {
                    depth++;
                    out.append("  ");
                    i++;
                } else if (c == '*' && next == ')') {
                    depth--;
                    out.append("  ");
                    i++;
                } else {
                    out.append(c == '\n' ? '\n' : ' ');
                }
            } else if (inString) {
                out.append(c);
                if (c == '\\' && next != '\0') {
                    out.append(next);
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (c == '(' && next == '*') {
                depth = 1;
                out.append("  ");
                i++;
            } else if (c == '\\' && next == '*') {
                while (i < text.length() && text.charAt(i) != '\n') {
                    i++;
                }
                if (i < text.length()) {
                    out.append('\n');
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String withoutTrailingPunctuation(String line) {
        String t = line.stripTrailing();
        while (!t.isEmpty()) {
            char c = t.charAt(t.length() - 1);
            boolean period = c == '.' && (t.length() < 2 || t.charAt(t.length() - 2) != '.');
            if (c == ';' || c == ',' || period) {
                t = t.substring(0, t.length() - 1).stripTrailing();
            } else {
                break;
            }
        }
        return t;
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
