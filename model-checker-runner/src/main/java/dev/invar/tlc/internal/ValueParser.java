package dev.invar.tlc.internal;

import dev.invar.tlc.TlaValue;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for values as TLC prints them. Anything that is not a plain value is kept
 * verbatim as {@link TlaValue.Opaque}, so parsing never loses text and never fails.
 */
public final class ValueParser {
    private final String text;
    private int pos;

    private ValueParser(String text) {
        this.text = text;
    }

    public static TlaValue parse(String text) {
        String trimmed = text.strip();
        ValueParser parser = new ValueParser(trimmed);
        try {
            TlaValue value = parser.value();
            parser.skipSpace();
            return parser.atEnd() ? value : new TlaValue.Opaque(trimmed);
        } catch (SyntaxError e) {
            return new TlaValue.Opaque(trimmed);
        }
    }

    private static final class SyntaxError extends RuntimeException {
        SyntaxError() {
            super(null, null, false, false);
        }
    }

    private TlaValue value() {
        skipSpace();
        int start = pos;
        TlaValue primary = primary();
        skipSpace();
        if (atEnd() || atDelimiter()) {
            return primary;
        }
        // Something follows the value (as in 1..3 or SUBSET {1}): keep the whole term verbatim.
        skipToDelimiter();
        return new TlaValue.Opaque(text.substring(start, pos).strip());
    }

    private TlaValue primary() {
        if (atEnd()) {
            throw new SyntaxError();
        }
        char c = text.charAt(pos);
        if (c == '"') {
            return string();
        }
        if (c == '{') {
            return bracketed(this::set);
        }
        if (text.startsWith("<<", pos)) {
            return bracketed(this::sequence);
        }
        if (c == '[') {
            return bracketed(this::record);
        }
        if (c == '(') {
            return bracketed(this::function);
        }
        if (Character.isDigit(c) || (c == '-' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return integer();
        }
        if (isIdentifierStart(c)) {
            String name = identifier();
            return switch (name) {
                case "TRUE" -> new TlaValue.Bool(true);
                case "FALSE" -> new TlaValue.Bool(false);
                default -> new TlaValue.ModelValue(name);
            };
        }
        throw new SyntaxError();
    }

    /** Parses a bracketed construct; if it is not a plain value, keeps its balanced text verbatim. */
    private TlaValue bracketed(java.util.function.Supplier<TlaValue> construct) {
        int start = pos;
        try {
            return construct.get();
        } catch (SyntaxError e) {
            pos = start;
            skipBalanced();
            return new TlaValue.Opaque(text.substring(start, pos));
        }
    }

    private TlaValue set() {
        expect("{");
        return new TlaValue.SetValue(elementsUntil("}"));
    }

    private TlaValue sequence() {
        expect("<<");
        return new TlaValue.Sequence(elementsUntil(">>"));
    }

    private List<TlaValue> elementsUntil(String close) {
        List<TlaValue> elements = new ArrayList<>();
        skipSpace();
        if (tryConsume(close)) {
            return elements;
        }
        do {
            elements.add(value());
            skipSpace();
        } while (tryConsume(","));
        expect(close);
        return elements;
    }

    private TlaValue record() {
        expect("[");
        Map<String, TlaValue> fields = new LinkedHashMap<>();
        do {
            skipSpace();
            String name = identifier();
            skipSpace();
            expect("|->");
            fields.put(name, value());
            skipSpace();
        } while (tryConsume(","));
        expect("]");
        return new TlaValue.Record(fields);
    }

    private TlaValue function() {
        expect("(");
        List<TlaValue.Mapping> mappings = new ArrayList<>();
        do {
            TlaValue key = value();
            skipSpace();
            expect(":>");
            TlaValue val = value();
            mappings.add(new TlaValue.Mapping(key, val));
            skipSpace();
        } while (tryConsume("@@"));
        expect(")");
        return new TlaValue.Function(mappings);
    }

    private TlaValue string() {
        expect("\"");
        StringBuilder out = new StringBuilder();
        while (!atEnd()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return new TlaValue.Str(out.toString());
            }
            if (c == '\\' && !atEnd()) {
                char e = text.charAt(pos++);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case 'f' -> '\f';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        throw new SyntaxError();
    }

    private TlaValue integer() {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        while (!atEnd() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        return new TlaValue.Int(new BigInteger(text.substring(start, pos)));
    }

    private String identifier() {
        if (atEnd() || !isIdentifierStart(text.charAt(pos))) {
            throw new SyntaxError();
        }
        int start = pos;
        while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private boolean atDelimiter() {
        char c = text.charAt(pos);
        return c == ',' || c == ']' || c == '}' || c == ')'
                || text.startsWith(">>", pos) || text.startsWith("@@", pos) || text.startsWith(":>", pos);
    }

    private void skipToDelimiter() {
        while (!atEnd() && !atDelimiter()) {
            char c = text.charAt(pos);
            if (c == '{' || c == '[' || c == '(' || c == '"' || text.startsWith("<<", pos)) {
                skipBalanced();
            } else {
                pos++;
            }
        }
    }

    /** Skips one bracketed group or string, honouring nesting and string escapes. */
    private void skipBalanced() {
        int depth = 0;
        do {
            if (atEnd()) {
                throw new SyntaxError();
            }
            char c = text.charAt(pos);
            if (c == '"') {
                string();
                continue;
            }
            if (text.startsWith("<<", pos)) {
                depth++;
                pos += 2;
            } else if (text.startsWith(">>", pos)) {
                depth--;
                pos += 2;
            } else {
                if (c == '{' || c == '[' || c == '(') {
                    depth++;
                } else if (c == '}' || c == ']' || c == ')') {
                    depth--;
                }
                pos++;
            }
        } while (depth > 0);
    }

    private void expect(String token) {
        skipSpace();
        if (!text.startsWith(token, pos)) {
            throw new SyntaxError();
        }
        pos += token.length();
    }

    private boolean tryConsume(String token) {
        skipSpace();
        if (text.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }
}
