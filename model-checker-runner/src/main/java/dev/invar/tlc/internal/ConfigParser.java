package dev.invar.tlc.internal;

import dev.invar.tlc.ConfigSyntaxException;
import dev.invar.tlc.TlcConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reader for TLC's config language (a handful of keywords, constant assignments and names). TLC's own
 * reader lives inside TLC's global state, so Invar reads configs itself; values are kept as text.
 */
public final class ConfigParser {
    private static final Set<String> KEYWORDS = Set.of("CONSTANT", "CONSTANTS", "INIT", "NEXT", "SPECIFICATION",
            "INVARIANT", "INVARIANTS", "PROPERTY", "PROPERTIES", "CONSTRAINT", "CONSTRAINTS", "ACTION_CONSTRAINT",
            "ACTION_CONSTRAINTS", "SYMMETRY", "VIEW", "ALIAS", "POSTCONDITION", "CHECK_DEADLOCK");

    private final String text;
    private final String file;
    private int pos;

    private ConfigParser(String text, String file) {
        this.text = text;
        this.file = file;
    }

    public static TlcConfig parse(String text, String file) {
        return new ConfigParser(text, file).config();
    }

    private TlcConfig config() {
        List<TlcConfig.Constant> constants = new ArrayList<>();
        List<String> invariants = new ArrayList<>();
        List<String> properties = new ArrayList<>();
        List<String> constraints = new ArrayList<>();
        List<String> actionConstraints = new ArrayList<>();
        Optional<String> init = Optional.empty();
        Optional<String> next = Optional.empty();
        Optional<String> spec = Optional.empty();
        Optional<String> symmetry = Optional.empty();
        Optional<String> view = Optional.empty();
        Optional<String> alias = Optional.empty();
        Optional<String> postcondition = Optional.empty();
        Optional<Boolean> deadlock = Optional.empty();
        skipSpace();
        while (!atEnd()) {
            int at = pos;
            String keyword = word();
            if (!KEYWORDS.contains(keyword)) {
                throw error(at, "expected a config keyword such as CONSTANT, INIT, NEXT, SPECIFICATION or INVARIANT, found '" + keyword + "'");
            }
            switch (keyword) {
                case "CONSTANT", "CONSTANTS" -> {
                    while (startsName()) {
                        constants.add(constant());
                    }
                }
                case "INIT" -> init = Optional.of(name());
                case "NEXT" -> next = Optional.of(name());
                case "SPECIFICATION" -> spec = Optional.of(name());
                case "SYMMETRY" -> symmetry = Optional.of(name());
                case "VIEW" -> view = Optional.of(name());
                case "ALIAS" -> alias = Optional.of(name());
                case "POSTCONDITION" -> postcondition = Optional.of(name());
                case "INVARIANT", "INVARIANTS" -> names(invariants);
                case "PROPERTY", "PROPERTIES" -> names(properties);
                case "CONSTRAINT", "CONSTRAINTS" -> names(constraints);
                case "ACTION_CONSTRAINT", "ACTION_CONSTRAINTS" -> names(actionConstraints);
                case "CHECK_DEADLOCK" -> {
                    int valueAt = pos;
                    String value = word();
                    if (!value.equals("TRUE") && !value.equals("FALSE")) {
                        throw error(valueAt, "CHECK_DEADLOCK takes TRUE or FALSE, found '" + value + "'");
                    }
                    deadlock = Optional.of(value.equals("TRUE"));
                }
                default -> throw error(at, "unsupported keyword " + keyword);
            }
            skipSpace();
        }
        return new TlcConfig(constants, init, next, spec, invariants, properties, constraints, actionConstraints,
                symmetry, view, alias, postcondition, deadlock);
    }

    private TlcConfig.Constant constant() {
        String name = name();
        skipSpace();
        if (text.startsWith("<-", pos)) {
            pos += 2;
            skipSpace();
            int start = pos;
            if (text.startsWith("[", pos)) {
                skipGroup();
                skipSpace();
            }
            name();
            return new TlcConfig.Constant(name, text.substring(start, pos), true);
        }
        if (!text.startsWith("=", pos)) {
            throw error(pos, "expected '=' or '<-' after constant " + name);
        }
        pos++;
        skipSpace();
        int start = pos;
        if (atEnd()) {
            throw error(pos, "expected a value for constant " + name);
        }
        char c = text.charAt(pos);
        if (c == '{' || c == '<' || c == '"') {
            skipGroup();
        } else {
            if (c == '-') {
                pos++;
            }
            if (word().isEmpty()) {
                throw error(start, "expected a value for constant " + name);
            }
        }
        return new TlcConfig.Constant(name, text.substring(start, pos), false);
    }

    private void names(List<String> into) {
        while (startsName()) {
            into.add(name());
        }
    }

    private boolean startsName() {
        skipSpace();
        if (atEnd() || !isWordChar(text.charAt(pos))) {
            return false;
        }
        int save = pos;
        String w = word();
        pos = save;
        return !KEYWORDS.contains(w);
    }

    private String name() {
        skipSpace();
        int at = pos;
        String w = word();
        if (w.isEmpty() || KEYWORDS.contains(w)) {
            throw error(at, "expected a name" + (w.isEmpty() ? "" : ", found keyword " + w));
        }
        return w;
    }

    private String word() {
        skipSpace();
        int start = pos;
        while (!atEnd() && isWordChar(text.charAt(pos))) {
            pos++;
        }
        if (start == pos && !atEnd()) {
            throw error(pos, "unexpected '" + text.charAt(pos) + "'");
        }
        return text.substring(start, pos);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Skips a set, tuple, bracket group or string, with nesting. */
    private void skipGroup() {
        int start = pos;
        int depth = 0;
        do {
            if (atEnd()) {
                throw error(start, "unclosed '" + text.charAt(start) + "'");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                while (!atEnd() && text.charAt(pos) != '"') {
                    pos += text.charAt(pos) == '\\' ? 2 : 1;
                }
                pos++;
                continue;
            }
            if (text.startsWith("<<", pos)) {
                depth++;
                pos += 2;
                continue;
            }
            if (text.startsWith(">>", pos)) {
                depth--;
                pos += 2;
                continue;
            }
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
            }
            pos++;
        } while (depth > 0);
    }

    private void skipSpace() {
        while (!atEnd()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (text.startsWith("\\*", pos)) {
                while (!atEnd() && text.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (text.startsWith("(*", pos)) {
                int depth = 0;
                do {
                    if (text.startsWith("(*", pos)) {
                        depth++;
                        pos += 2;
                    } else if (text.startsWith("*)", pos)) {
                        depth--;
                        pos += 2;
                    } else if (atEnd()) {
                        return;
                    } else {
                        pos++;
                    }
                } while (depth > 0);
            } else {
                return;
            }
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private ConfigSyntaxException error(int at, String problem) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new ConfigSyntaxException(file, line, column, problem);
    }
}
