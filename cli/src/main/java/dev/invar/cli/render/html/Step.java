package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One state of a behaviour as the JSON result holds it.
 *
 * @param index 0-based position in the behaviour
 * @param number the state number TLC printed (1-based)
 * @param kind {@code initial}, {@code action} or {@code stuttering}
 * @param location where the action is defined, e.g. {@code RaftLog.tla:139:5}
 * @param variables every variable's ITF-encoded value, in TLC's order (empty for stuttering)
 */
record Step(int index, int number, String action, String kind, Optional<String> location,
            Map<String, JsonNode> variables) {
    Step {
        variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    boolean isStuttering() {
        return "stuttering".equals(kind);
    }

    boolean isInitial() {
        return "initial".equals(kind);
    }
}
