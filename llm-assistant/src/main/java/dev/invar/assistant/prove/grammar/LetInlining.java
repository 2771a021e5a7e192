package dev.invar.assistant.prove.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An action's {@code LET} definitions without parameters replaced by their bodies, so that its guards and effects
 * read the state directly: {@code LET h == probe[i, d] IN /\ h \in 1..(N - 1) /\ Hop(i, d, h) < i} has the guards
 * {@code (probe[i, d]) \in 1..(N - 1)} and {@code Hop(i, d, (probe[i, d])) < i}. The {@code LET ... IN} itself becomes
 * spaces, lines kept, so that the conjunction lists after it keep their columns. A {@code LET} that defines an operator
 * with parameters is left as it is.
 */
final class LetInlining {
    private static final Pattern LET = Pattern.compile("\\bLET\\b");
    private static final Pattern DEFINITION = Pattern.compile("(?:^|(?<=\\s))(\\w+)\\s*==(?!=)");
    private static final Pattern WITH_PARAMETERS = Pattern.compile("\\)\\s*==(?!=)|\\bRECURSIVE\\b");

    private LetInlining() {
    }

    static String inlined(String text) {
        Matcher let = LET.matcher(text);
        if (!let.find()) {
            return text;
        }
        int in = matchingIn(text, let.end());
        String definitions = in < 0 ? "" : text.substring(let.end(), in);
        if (in < 0 || WITH_PARAMETERS.matcher(definitions).find()) {
            return text;
        }
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        Matcher d = DEFINITION.matcher(definitions);
        while (d.find()) {
            names.add(d.group(1));
            starts.add(d.start(1));
            bodies.add(d.end());
        }
        if (names.isEmpty()) {
            return text;
        }
        String rest = text.substring(in + 2);
        for (int i = names.size() - 1; i >= 0; i--) {
            int end = i + 1 < names.size() ? starts.get(i + 1) : definitions.length();
            String body = definitions.substring(bodies.get(i), end).strip();
            rest = rest.replaceAll("\\b" + Pattern.quote(names.get(i)) + "\\b", Matcher.quoteReplacement("(" + body + ")"));
        }
        String blank = text.substring(let.start(), in + 2).replaceAll("[^\\n]", " ");
        return inlined(text.substring(0, let.start()) + blank + rest);
    }

    /** The index of the {@code IN} that closes the {@code LET} whose definitions start at {@code from}, or -1. */
    private static int matchingIn(String text, int from) {
        int depth = 0;
        int nested = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && word(text, i, "LET")) {
                nested++;
            } else if (depth == 0 && word(text, i, "IN")) {
                if (nested == 0) {
                    return i;
                }
                nested--;
            }
        }
        return -1;
    }

    private static boolean word(String text, int i, String w) {
        return text.startsWith(w, i) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '_')
                && (i + w.length() == text.length() || !Character.isLetterOrDigit(text.charAt(i + w.length())) && text.charAt(i + w.length()) != '_');
    }
}
