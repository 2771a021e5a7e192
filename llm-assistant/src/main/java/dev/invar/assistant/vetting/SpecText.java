package dev.invar.assistant.vetting;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module's text as mutations see it: {@code code} is the text with comments blanked to spaces (same
 * offsets, newlines kept), so a pattern found in the code can be replaced at the same place in the text
 * and a commented-out clause is never mutated.
 */
record SpecText(String text, String code, ModuleOutline outline) {
    private static final Pattern UNIT_END = Pattern.compile(
            "(?m)^\\w+\\s*(\\([^)]*\\))?\\s*==|^\\s*-{4,}|^\\s*={4,}|^(?:CONSTANTS?|VARIABLES?|ASSUME|THEOREM|LEMMA|INSTANCE|LOCAL)\\b");
    private static final Pattern NAME = Pattern.compile("\\b[A-Z]\\w*\\b");

    static SpecText of(String text) {
        return new SpecText(text, blankComments(text), ModuleOutline.of(text));
    }

    /**
     * Next, the actions it is made of and the operators they call that change state (a helper such as
     * {@code Send(m) == msgs' = ...}): where mutations look. Next's own operands are read here too, since a
     * Next that changes state itself (a disjunct such as {@code UNCHANGED vars}) hides them from the outline.
     */
    List<String> actions() {
        List<String> actions = new ArrayList<>(List.of("Next"));
        outline.actions("Next").stream().filter(a -> !actions.contains(a)).forEach(actions::add);
        for (int i = 0; i < actions.size(); i++) {
            Matcher name = NAME.matcher(outline.definition(actions.get(i)).orElse(""));
            while (name.find()) {
                String called = name.group();
                String body = outline.definition(called).orElse("");
                if (body.contains("'") || body.contains("UNCHANGED")) {
                    if (!actions.contains(called)) {
                        actions.add(called);
                    }
                } else if (i == 0) {
                    outline.actions(called).stream().filter(a -> !actions.contains(a)).forEach(actions::add);
                }
            }
        }
        return actions;
    }

    /**
     * Where an operator's definition lies in the text.
     *
     * @param start the start of the line that defines it
     * @param from the start of its body (after {@code ==})
     * @param to the end of its body
     */
    record Definition(int start, int from, int to) {
    }

    /** Where the module defines an operator, when it does. */
    Optional<Definition> body(String operator) {
        Matcher def = Pattern.compile("(?m)^" + Pattern.quote(operator) + "\\s*(\\([^)]*\\))?\\s*==").matcher(code);
        if (!def.find()) {
            return Optional.empty();
        }
        Matcher end = UNIT_END.matcher(code);
        return Optional.of(new Definition(def.start(), def.end(), end.find(def.end()) ? end.start() : code.length()));
    }

    /** The text with {@code [start, end)} replaced. */
    String replace(int start, int end, String with) {
        return text.substring(0, start) + with + text.substring(end);
    }

    /** The offset just past the bracket ({@code ( [ {} or {@code <<}) that closes the one opening at {@code open}; -1 if none. */
    int closing(int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            if (code.startsWith("<<", i) || "([{".indexOf(code.charAt(i)) >= 0) {
                depth++;
                i += code.startsWith("<<", i) ? 1 : 0;
            } else if (code.startsWith(">>", i) || ")]}".indexOf(code.charAt(i)) >= 0) {
                depth--;
                i += code.startsWith(">>", i) ? 1 : 0;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** Whitespace runs made one space, so an expression taken from one place reads well on one line in another. */
    static String oneLine(String expression) {
        return expression.strip().replaceAll("\\s+", " ");
    }

    private static String blankComments(String text) {
        StringBuilder code = new StringBuilder(text);
        int depth = 0;
        for (int i = 0; i < code.length(); i++) {
            if (text.startsWith("(*", i)) {
                depth++;
                blank(code, i, i + 2);
                i++;
            } else if (depth > 0 && text.startsWith("*)", i)) {
                depth--;
                blank(code, i, i + 2);
                i++;
            } else if (depth > 0) {
                blank(code, i, i + 1);
            } else if (text.startsWith("\\*", i)) {
                int end = text.indexOf("\n", i);
                blank(code, i, end < 0 ? code.length() : end);
                i = end < 0 ? code.length() : end;
            } else if (code.charAt(i) == '"') {
                int end = text.indexOf("\"", i + 1);
                i = end < 0 ? code.length() : end;
            }
        }
        return code.toString();
    }

    private static void blank(StringBuilder code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '\n') {
                code.setCharAt(i, ' ');
            }
        }
    }
}
