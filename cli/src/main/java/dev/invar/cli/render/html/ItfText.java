package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * ITF-encoded values (see {@code ItfValues}) back to TLA+ text, as TLC would print them: {@code {a, b}},
 * {@code <<1, 2>>}, {@code [f |-> 1]}, {@code (k :> v @@ …)}.
 */
public final class ItfText {
    private ItfText() {
    }

    public static String of(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "TRUE" : "FALSE";
        }
        if (value.isTextual()) {
            return quote(value.asText());
        }
        if (value.isNumber()) {
            return value.asText();
        }
        if (value.has("#bigint")) {
            return value.get("#bigint").asText();
        }
        if (value.has("#unserializable")) {
            return value.get("#unserializable").asText();
        }
        if (value.has("#set")) {
            return join(value.get("#set"), "{", "}");
        }
        if (value.has("#tup")) {
            return join(value.get("#tup"), "<<", ">>");
        }
        if (value.has("#map")) {
            StringJoiner pairs = new StringJoiner(" @@ ", "(", ")").setEmptyValue("<<>>");
            value.get("#map").forEach(pair -> pairs.add(of(pair.get(0)) + " :> " + of(pair.get(1))));
            return pairs.toString();
        }
        if (value.isObject()) {
            StringJoiner fields = new StringJoiner(", ", "[", "]");
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                fields.add(field.getKey() + " |-> " + of(field.getValue()));
            }
            return fields.toString();
        }
        return value.toString();
    }

    /** A node's name as people write it: a string without its quotes, anything else as TLA+ text. */
    static String plain(JsonNode value) {
        return value.isTextual() ? value.asText() : of(value);
    }

    /** Whether this is a TLA+ record (an object that is not a tagged ITF value). */
    static boolean isRecord(JsonNode value) {
        if (value == null || !value.isObject() || value.isEmpty()) {
            return false;
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            if (names.next().startsWith("#")) {
                return false;
            }
        }
        return true;
    }

    private static String join(JsonNode elements, String open, String close) {
        StringJoiner joined = new StringJoiner(", ", open, close);
        elements.forEach(e -> joined.add(of(e)));
        return joined.toString();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
