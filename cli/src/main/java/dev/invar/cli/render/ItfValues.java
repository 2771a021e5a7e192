package dev.invar.cli.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.invar.tlc.TlaValue;

/**
 * TLA+ values in the value encoding of the Informal Trace Format (Apalache ADR-015): integers as
 * {@code {"#bigint": "…"}}, {@code #set}, {@code #tup}, {@code #map}, records as objects. TLC model
 * values and values TLC prints in a non-plain form (such as {@code 1..3}) have no ITF counterpart and
 * are written as {@code {"#unserializable": "…"}} with their TLA+ text.
 */
public final class ItfValues {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ItfValues() {
    }

    public static JsonNode encode(TlaValue value) {
        if (value instanceof TlaValue.Bool b) {
            return JSON.booleanNode(b.value());
        }
        if (value instanceof TlaValue.Int i) {
            return JSON.objectNode().put("#bigint", i.value().toString());
        }
        if (value instanceof TlaValue.Str s) {
            return JSON.textNode(s.value());
        }
        if (value instanceof TlaValue.SetValue s) {
            return tagged("#set", s.elements());
        }
        if (value instanceof TlaValue.Sequence s) {
            return tagged("#tup", s.elements());
        }
        if (value instanceof TlaValue.Record r) {
            ObjectNode node = JSON.objectNode();
            r.fields().forEach((k, v) -> node.set(k, encode(v)));
            return node;
        }
        if (value instanceof TlaValue.Function f) {
            ArrayNode pairs = JSON.arrayNode();
            f.mappings().forEach(m -> pairs.add(JSON.arrayNode().add(encode(m.key())).add(encode(m.value()))));
            ObjectNode node = JSON.objectNode();
            node.set("#map", pairs);
            return node;
        }
        return JSON.objectNode().put("#unserializable", value.toTla());
    }

    private static ObjectNode tagged(String tag, java.util.List<TlaValue> elements) {
        ArrayNode array = JSON.arrayNode();
        elements.forEach(e -> array.add(encode(e)));
        ObjectNode node = JSON.objectNode();
        node.set(tag, array);
        return node;
    }
}
