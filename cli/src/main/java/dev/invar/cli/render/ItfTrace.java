package dev.invar.cli.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.invar.tlc.Trace;
import dev.invar.tlc.TraceState;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A trace in the Informal Trace Format (Apalache ADR-015), readable by Apalache and Quint tools.
 * TLC's trailing "Stuttering" pseudo-state becomes a loop on the last real state; a lasso's "back to
 * state k" becomes {@code loop: k-1} (ITF indices are 0-based).
 */
public final class ItfTrace {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ItfTrace() {
    }

    public static ObjectNode encode(Trace trace, String source, String description) {
        List<TraceState> states = trace.states().stream().filter(s -> !s.isStuttering()).toList();
        boolean stutters = trace.states().stream().anyMatch(TraceState::isStuttering);
        ObjectNode doc = JSON.objectNode();
        ObjectNode meta = doc.putObject("#meta");
        meta.put("format", "ITF");
        meta.put("format-description", "https://apalache-mc.org/docs/adr/015adr-trace.html");
        meta.put("source", source);
        meta.put("description", description);
        Set<String> vars = new LinkedHashSet<>();
        states.forEach(s -> vars.addAll(s.variables().keySet()));
        ArrayNode varNames = doc.putArray("vars");
        vars.forEach(varNames::add);
        ArrayNode encoded = doc.putArray("states");
        for (int i = 0; i < states.size(); i++) {
            TraceState s = states.get(i);
            ObjectNode state = JSON.objectNode();
            ObjectNode stateMeta = state.putObject("#meta");
            stateMeta.put("index", i);
            stateMeta.put("action", s.action());
            s.location().ifPresent(l -> stateMeta.put("location", l.shortForm()));
            s.variables().forEach((name, value) -> state.set(name, ItfValues.encode(value)));
            encoded.add(state);
        }
        if (trace.loopsBackTo().isPresent()) {
            doc.put("loop", trace.loopsBackTo().get() - 1);
        } else if (stutters && !states.isEmpty()) {
            doc.put("loop", states.size() - 1);
        }
        return doc;
    }
}
