package dev.invar.cli.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.invar.assistant.explain.Counterexample;
import dev.invar.cli.UsageException;
import dev.invar.cli.render.html.ItfText;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.Trace;
import dev.invar.tlc.TraceState;
import dev.invar.tlc.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The first finding of a result saved with {@code invar check --json} (see {@code SavedResult}), read back
 * as a {@link Counterexample}, with the model it came from so that TLC can evaluate its last state again.
 */
public final class SavedCounterexample {
    private SavedCounterexample() {
    }

    /** Empty when the saved run found nothing with a behaviour to show (a pass, a parse error). */
    public static Optional<Counterexample> of(JsonNode doc, Path file) {
        JsonNode violation = doc.path("violations").path(0);
        JsonNode states = violation.path("trace").path("states");
        if (!states.isArray() || states.isEmpty()) {
            return Optional.empty();
        }
        List<TraceState> trace = new ArrayList<>();
        for (JsonNode s : states) {
            Map<String, TlaValue> variables = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = s.path("variables").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> v = it.next();
                variables.put(v.getKey(), TlaValue.parse(ItfText.of(v.getValue())));
            }
            TraceState.Kind kind;
            try {
                kind = TraceState.Kind.valueOf(s.path("kind").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new UsageException(file + ": state " + s.path("number") + " has an unknown kind " + s.path("kind"));
            }
            trace.add(new TraceState(s.path("number").asInt(), s.path("action").asText(), Optional.empty(), kind, variables));
        }
        JsonNode loop = violation.path("trace").path("loopsBackTo");
        Verdict verdict;
        try {
            verdict = Verdict.fromId(violation.path("kind").asText());
        } catch (IllegalArgumentException e) {
            throw new UsageException(file + ": unknown violation kind " + violation.path("kind"));
        }
        return Optional.of(new Counterexample(verdict,
                Optional.ofNullable(violation.path("property").textValue()), violation.path("message").asText(""),
                new Trace(trace, loop.isInt() ? Optional.of(loop.asInt()) : Optional.empty(), Optional.empty()),
                Optional.of(model(doc))));
    }

    /** The saved run's model: its spec and config, with the constants it was checked with. */
    private static CheckRequest model(JsonNode doc) {
        CheckRequest.Builder builder = CheckRequest.builder(Path.of(doc.path("spec").asText()));
        Optional.ofNullable(doc.path("config").textValue()).map(Path::of).ifPresent(builder::config);
        Map<String, String> constants = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("model").path("constants").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> c = it.next();
            if (!c.getValue().asText().startsWith("<- ")) {
                constants.put(c.getKey(), c.getValue().asText());
            }
        }
        return builder.overrides(new ModelOverrides(constants, List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty())).build();
    }
}
