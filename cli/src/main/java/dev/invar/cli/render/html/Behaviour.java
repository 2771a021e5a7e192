package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A trace of the JSON result (a counterexample, a simulation trace or a counterexample to induction: all
 * have this shape), read back into steps.
 *
 * @param loopsBackTo for a lasso, the number of the state the last state steps back to
 */
record Behaviour(List<Step> steps, Optional<Integer> loopsBackTo) {
    Behaviour {
        steps = List.copyOf(steps);
        Objects.requireNonNull(loopsBackTo, "loopsBackTo");
    }

    static Behaviour from(JsonNode trace) {
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : trace.path("states")) {
            Map<String, JsonNode> variables = new LinkedHashMap<>();
            s.path("variables").fields().forEachRemaining(e -> variables.put(e.getKey(), e.getValue()));
            steps.add(new Step(steps.size(), s.path("number").asInt(steps.size() + 1), s.path("action").asText(""),
                    s.path("kind").asText("action"), location(s.path("location")), variables));
        }
        JsonNode loop = trace.path("loopsBackTo");
        return new Behaviour(steps, loop.isInt() ? Optional.of(loop.asInt()) : Optional.empty());
    }

    /** {@code File.tla:line:column}, the file without its directory. */
    static Optional<String> location(JsonNode location) {
        if (location == null || !location.isObject()) {
            return Optional.empty();
        }
        String file = location.path("file").isTextual() ? Summary.fileName(location.get("file").asText())
                : location.path("module").asText("?") + ".tla";
        return Optional.of(file + ":" + location.path("line").asInt() + ":" + location.path("column").asInt());
    }

    /** Every variable name, in the order of first appearance. */
    Set<String> variableNames() {
        Set<String> names = new LinkedHashSet<>();
        steps.forEach(s -> names.addAll(s.variables().keySet()));
        return names;
    }

    /** The states with values, i.e. without TLC's trailing stuttering pseudo-state. */
    List<Step> states() {
        return steps.stream().filter(s -> !s.isStuttering()).toList();
    }

    /** The state before this one, if any. */
    Optional<Step> before(Step step) {
        return step.index() == 0 ? Optional.empty() : Optional.of(steps.get(step.index() - 1));
    }

    /** The last state with values: where a safety property fails, or where the behaviour stops. */
    Optional<Step> lastState() {
        List<Step> states = states();
        return states.isEmpty() ? Optional.empty() : Optional.of(states.get(states.size() - 1));
    }

    boolean endsStuttering() {
        return !steps.isEmpty() && steps.get(steps.size() - 1).isStuttering();
    }
}
