package dev.invar.assistant.vetting;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The premise of an implication, to check that it is reachable (an implication whose premise never
 * holds is true for no reason). {@code \A x, y \in D : P => Q} has premise {@code \E x, y \in D : P}.
 */
final class Premise {
    private static final Pattern QUANTIFIED = Pattern.compile("^\\\\A\\s+([\\w\\s,]+?)\\s*\\\\in\\s*(\\w+)\\s*:\\s*(.+)$", Pattern.DOTALL);

    private Premise() {
    }

    static Optional<String> of(String expression) {
        String e = expression.strip();
        Matcher q = QUANTIFIED.matcher(e);
        if (q.matches()) {
            return topLevelImplication(q.group(3)).map(p -> "\\E " + q.group(1).strip() + " \\in " + q.group(2) + " : " + p);
        }
        return topLevelImplication(e);
    }

    /** The left side of the first {@code =>} outside brackets. */
    private static Optional<String> topLevelImplication(String body) {
        int depth = 0;
        for (int i = 0; i + 1 < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && c == '=' && body.charAt(i + 1) == '>' && (i == 0 || body.charAt(i - 1) != '<')) {
                return Optional.of(body.substring(0, i).strip());
            }
        }
        return Optional.empty();
    }
}
