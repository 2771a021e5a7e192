package dev.invar.assistant.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutants where an action that takes an element out of a set variable ({@code v' = v \ {m}},
 * {@code v' = (v \ S) \cup R}) keeps it instead: the message stays in the network and is delivered again.
 */
final class DuplicatedMessages {
    /** {@code v' = v \ …}, possibly with {@code (} before the second v; group 2 is that v. */
    private static final Pattern REMOVAL = Pattern.compile("\\b(\\w+)'\\s*=\\s*\\(?\\s*(\\1)\\s*\\\\(?=[\\s{(])");

    private DuplicatedMessages() {
    }

    static List<Mutants.Mutant> in(SpecText spec, String action) {
        List<Mutants.Mutant> mutants = new ArrayList<>();
        spec.body(action).ifPresent(body -> {
            Matcher m = REMOVAL.matcher(spec.code()).region(body.from(), body.to());
            while (m.find()) {
                String v = m.group(1);
                int end = operandEnd(spec, m.end());
                if (spec.outline().variables().contains(v) && end > 0) {
                    mutants.add(new Mutants.Mutant(Mutants.Kind.DUPLICATED_MESSAGE, action + ": keep what it removes from " + v
                            + " (" + SpecText.oneLine(spec.code().substring(m.start(2), end)) + ")",
                            spec.replace(m.start(2), end, v)));
                }
            }
        });
        return mutants;
    }

    /** The end of the set subtracted, starting at {@code from}: a bracketed expression or a name, possibly applied. */
    private static int operandEnd(SpecText spec, int from) {
        String code = spec.code();
        int i = from;
        while (i < code.length() && Character.isWhitespace(code.charAt(i))) {
            i++;
        }
        if (i < code.length() && ("({[".indexOf(code.charAt(i)) >= 0 || code.startsWith("<<", i))) {
            return spec.closing(i);
        }
        int start = i;
        while (i < code.length() && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) {
            i++;
        }
        while (i > start && i < code.length() && (code.charAt(i) == '[' || code.charAt(i) == '(')) {
            i = spec.closing(i);
            if (i < 0) {
                return -1;
            }
        }
        return i > start ? i : -1;
    }
}
