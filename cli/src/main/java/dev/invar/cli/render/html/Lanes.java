package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The processes of a behaviour, one lifeline each, and the variables that are functions over them.
 *
 * @param nodes the lanes, in the order of the domain as TLC printed it
 * @param variables the per-node variables ({@code rmState[r]}, {@code log[s]})
 * @param note why a requested {@code --lanes} variable was not used, if it was not
 */
record Lanes(List<Lane> nodes, Set<String> variables, Optional<String> note) {
    /** The id of the lane for actions that change no node's variables (a coordinator, the network). */
    static final String GLOBAL = "*";

    /** One lifeline: a node's name as shown, and its key in the per-node functions. */
    record Lane(String id, JsonNode key) {
        Lane {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(key, "key");
        }
    }

    Lanes {
        nodes = List.copyOf(nodes);
        variables = Set.copyOf(variables);
        Objects.requireNonNull(note, "note");
    }

    boolean isLaneVariable(String name) {
        return variables.contains(name);
    }

    Optional<Lane> byKey(JsonNode key) {
        return nodes.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The ITF integer {@code i}, a key of a function over 1..n. */
    static JsonNode position(int i) {
        return JsonNodeFactory.instance.objectNode().put("#bigint", Integer.toString(i));
    }

    /**
     * {@code value[lane]} for a per-node function: a #map, a record (a function over strings) or a sequence
     * (a function over 1..n).
     */
    static JsonNode slice(JsonNode value, Lane lane) {
        if (value == null) {
            return null;
        }
        if (value.has("#tup") && lane.key().has("#bigint")) {
            return value.get("#tup").get(lane.key().get("#bigint").asInt() - 1);
        }
        if (value.has("#map")) {
            for (JsonNode pair : value.get("#map")) {
                if (pair.get(0).equals(lane.key())) {
                    return pair.get(1);
                }
            }
            return null;
        }
        return lane.key().isTextual() ? value.get(lane.key().asText()) : null;
    }
}
