package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.Markup.escape;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value as escaped HTML with what changed since the previous state marked: the entries of a function or
 * record that changed, the elements a set gained ({@code <mark>}) and lost ({@code <del>}), what a sequence
 * appended; anything else that changed is marked whole.
 */
final class ValueDiff {
    private ValueDiff() {
    }

    static String html(JsonNode now, JsonNode before) {
        if (before == null || Objects.equals(now, before)) {
            return escape(ItfText.of(now));
        }
        if (now.has("#map") && before.has("#map")) {
            return entries(pairs(now), pairs(before), " :> ", " @@ ", "(", ")");
        }
        if (ItfText.isRecord(now) && ItfText.isRecord(before)) {
            return entries(fields(now), fields(before), " |-> ", ", ", "[", "]");
        }
        if (now.has("#set") && before.has("#set")) {
            return set(now.get("#set"), before.get("#set"));
        }
        if (now.has("#tup") && before.has("#tup") && isPrefix(before.get("#tup"), now.get("#tup"))) {
            List<String> parts = new ArrayList<>();
            JsonNode elements = now.get("#tup");
            for (int i = 0; i < elements.size(); i++) {
                String text = escape(ItfText.of(elements.get(i)));
                parts.add(i < before.get("#tup").size() ? text : mark(text));
            }
            return "&lt;&lt;" + String.join(", ", parts) + "&gt;&gt;";
        }
        return mark(escape(ItfText.of(now)));
    }

    private static String entries(Map<String, JsonNode> now, Map<String, JsonNode> before, String arrow, String separator,
                                  String open, String close) {
        if (!now.keySet().equals(before.keySet())) {
            return mark(escape(open + String.join(separator, now.entrySet().stream()
                    .map(e -> e.getKey() + arrow + ItfText.of(e.getValue())).toList()) + close));
        }
        List<String> parts = new ArrayList<>();
        now.forEach((key, value) -> parts.add(escape(key + arrow) + html(value, before.get(key))));
        return escape(open) + String.join(escape(separator), parts) + escape(close);
    }

    private static String set(JsonNode now, JsonNode before) {
        List<String> parts = new ArrayList<>();
        now.forEach(e -> parts.add(contains(before, e) ? escape(ItfText.of(e)) : mark(escape(ItfText.of(e)))));
        before.forEach(e -> {
            if (!contains(now, e)) {
                parts.add("<del>" + escape(ItfText.of(e)) + "</del>");
            }
        });
        return "{" + String.join(", ", parts) + "}";
    }

    private static Map<String, JsonNode> pairs(JsonNode map) {
        Map<String, JsonNode> pairs = new LinkedHashMap<>();
        map.get("#map").forEach(p -> pairs.put(ItfText.of(p.get(0)), p.get(1)));
        return pairs;
    }

    private static Map<String, JsonNode> fields(JsonNode record) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            fields.put(f.getKey(), f.getValue());
        }
        return fields;
    }

    private static boolean contains(JsonNode elements, JsonNode element) {
        for (JsonNode e : elements) {
            if (e.equals(element)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPrefix(JsonNode shorter, JsonNode longer) {
        if (shorter.size() > longer.size()) {
            return false;
        }
        for (int i = 0; i < shorter.size(); i++) {
            if (!shorter.get(i).equals(longer.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static String mark(String html) {
        return "<mark>" + html + "</mark>";
    }
}
