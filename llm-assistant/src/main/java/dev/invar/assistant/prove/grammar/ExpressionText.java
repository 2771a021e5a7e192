package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.ModuleOutline;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading and rewriting TLA+ expressions as text: the names they mention, renamed, and names they do not use. */
public final class ExpressionText {
    /** What an action or a temporal formula has and a state invariant has not. */
    static final Pattern TEMPORAL = Pattern.compile("'|\\[\\]|(?<!<)<>(?!>)|~>|\\bUNCHANGED\\b|\\b[WS]F_");
    /** A quantifier, CHOOSE, set or function constructor and the names it binds: {@code \A k, j \in}, {@code [x \in}. */
    static final Pattern BINDER = Pattern.compile("(?:\\\\[AE]|CHOOSE|[{\\[])\\s*(\\w+(?:\\s*,\\s*\\w+)*)\\s*\\\\in\\b");
    /** A function applied to one argument, {@code ver[Tail]}. */
    static final Pattern APPLIED = Pattern.compile("^(\\w+)\\s*\\[\\s*(.+?)\\s*\\]$");

    private ExpressionText() {
    }

    /** The names a match of {@link #BINDER} binds. */
    static List<String> bound(Matcher binder) {
        return Arrays.stream(binder.group(1).split(",")).map(String::strip).toList();
    }

    /** Whether {@code name} occurs in {@code text} as a whole word. */
    public static boolean mentions(String text, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
    }

    /**
     * The text with each name replaced as {@code renaming} says, or empty when it uses a name mapped to null. A field
     * of a record with the same name, {@code rec.e} or {@code [e |-> e]}, is not the name: only the value is renamed.
     */
    static Optional<String> renamed(String text, Map<String, String> renaming) {
        String renamed = text;
        for (Map.Entry<String, String> r : renaming.entrySet()) {
            Pattern name = Pattern.compile("(?<![\\w)\\]]\\.)\\b" + Pattern.quote(r.getKey()) + "\\b(?!\\s*\\|->)");
            if (name.matcher(renamed).find()) {
                if (r.getValue() == null) {
                    return Optional.empty();
                }
                renamed = name.matcher(renamed).replaceAll(Matcher.quoteReplacement(r.getValue()));
            }
        }
        return Optional.of(renamed);
    }

    /** {@code name}, or with x appended until it names nothing of the spec. */
    static String fresh(ModuleOutline outline, String name) {
        String n = name;
        while (outline.declares(n)) {
            n = n + "x";
        }
        return n;
    }
}
