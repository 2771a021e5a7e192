package dev.invar.cli.render.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Hand-made traces in the JSON result's shape, written as compact ITF. */
final class Traces {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Traces() {
    }

    /** {@code m("r1", "\"working\"", "r2", "\"prepared\"")}: a function over model values, as ITF. */
    static String m(String... keysAndValues) {
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            pairs.append(i == 0 ? "" : ",").append("[{\"#unserializable\":\"").append(keysAndValues[i]).append("\"},")
                    .append(keysAndValues[i + 1]).append(']');
        }
        return "{\"#map\":[" + pairs + "]}";
    }

    static String mv(String name) {
        return "{\"#unserializable\":\"" + name + "\"}";
    }

    static String n(long value) {
        return "{\"#bigint\":\"" + value + "\"}";
    }

    /** A trace whose states have these variables, each state a JSON object of ITF values; actions named in order. */
    static JsonNode trace(String[] actions, String... states) {
        ObjectNode trace = MAPPER.createObjectNode();
        ArrayNode array = trace.putArray("states");
        for (int i = 0; i < states.length; i++) {
            ObjectNode s = array.addObject();
            s.put("number", i + 1);
            s.put("kind", i == 0 ? "initial" : "action");
            s.put("action", i == 0 ? "Initial predicate" : actions[i - 1]);
            s.putNull("location");
            s.set("variables", parse(states[i]));
        }
        trace.putNull("loopsBackTo");
        return trace;
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole result document around a trace, as invar check --json writes it. */
    static ObjectNode result(JsonNode trace, String property) {
        ObjectNode doc = (ObjectNode) parse("""
                {"schemaVersion": 1, "invarVersion": "test", "tlc": {"version": "2.18", "jar": "tla2tools.jar"},
                 "spec": "/nowhere/Spec.tla", "config": "/nowhere/Spec.cfg", "mode": "model-check",
                 "verdict": "safety-violation", "exitCode": 12, "claim": "Invariant is violated.",
                 "stats": {"generated": 10, "distinct": 5, "leftOnQueue": 0, "depth": 3, "durationMillis": 1200},
                 "violations": [], "diagnostics": [], "run": {"tlcExitCode": 12, "wallTimeMillis": 1300, "commandLine": []}}
                """);
        ObjectNode violation = ((ArrayNode) doc.get("violations")).addObject();
        violation.put("kind", "safety-violation");
        violation.put("property", property);
        violation.put("message", "Invariant " + property + " is violated.");
        violation.putNull("location");
        violation.set("trace", trace);
        return doc;
    }
}
