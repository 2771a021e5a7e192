package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a behaviour keeps its messages. A variable holds messages when it is a set, bag or sequence of
 * records, named like messages ({@code msgs}, {@code network}) or with fields like {@code type} or
 * {@code dst}; or a function from nodes to those (a mailbox or a FIFO channel per node, {@code chan[s]}) named
 * like messages, since a per-node collection of records may as well be a node's state (a buffer, a log).
 */
final class MessagePlaces {
    private MessagePlaces() {
    }

    /** The variables that hold messages. */
    static Set<String> variables(Behaviour behaviour) {
        Set<String> found = new LinkedHashSet<>();
        for (String name : behaviour.variableNames()) {
            List<JsonNode> records = new ArrayList<>();
            boolean allMessages = behaviour.states().stream()
                    .allMatch(s -> places(name, s.variables().get(name), records, 0).isPresent());
            boolean perNode = behaviour.states().stream().anyMatch(s -> !isCollection(s.variables().get(name)));
            if (allMessages && !records.isEmpty() && (VariableRoles.namedLikeMessages(name)
                    || !perNode && records.stream().anyMatch(VariableRoles::shapedLikeMessage))) {
                found.add(name);
            }
        }
        return found;
    }

    /** How many copies of each message each place of the variable holds; empty when it holds no messages. */
    static Map<Place, Integer> count(String name, JsonNode value) {
        return places(name, value, new ArrayList<>(), 0).orElse(Map.of());
    }

    /** A set, a bag or a sequence of records, rather than a function from nodes to those. */
    private static boolean isCollection(JsonNode value) {
        if (value == null || value.has("#set")) {
            return true;
        }
        JsonNode elements = value.has("#tup") ? value.get("#tup") : value.has("#map") ? value.get("#map") : null;
        if (elements == null) {
            return false;
        }
        for (JsonNode e : elements) {
            if (!ItfText.isRecord(value.has("#map") ? e.get(0) : e)) {
                return false;
            }
        }
        return true;
    }

    /** Where a message is: its variable, or a node's mailbox or channel in it ({@code chan[s1]}). */
    record Place(String where, JsonNode content) {
    }

    private static final int MAX_NESTING = 2;

    /**
     * How many copies of each message each place holds: one each in a set, the count in a bag (a function from
     * records to counts), the occurrences in a sequence (a FIFO channel), and recursively so in a function from
     * nodes to those. Empty when the value is none of these; empty collections count. The records found are
     * added to {@code records}.
     */
    private static Optional<Map<Place, Integer>> places(String where, JsonNode value, List<JsonNode> records, int depth) {
        Map<Place, Integer> counts = new LinkedHashMap<>();
        if (value == null) {
            return Optional.empty();
        }
        if (value.has("#set") || value.has("#tup")) {
            for (JsonNode e : value.has("#set") ? value.get("#set") : value.get("#tup")) {
                if (!ItfText.isRecord(e)) {
                    return value.has("#tup") && depth < MAX_NESTING ? nested(where, value, records, depth) : Optional.empty();
                }
                counts.merge(new Place(where, e), 1, Integer::sum);
                records.add(e);
            }
            return Optional.of(counts);
        }
        boolean bag = value.has("#map") && value.get("#map").size() > 0
                && ItfText.isRecord(value.get("#map").get(0).get(0));
        if (bag) {
            for (JsonNode pair : value.get("#map")) {
                if (!ItfText.isRecord(pair.get(0)) || !pair.get(1).has("#bigint")) {
                    return Optional.empty();
                }
                counts.put(new Place(where, pair.get(0)), pair.get(1).get("#bigint").asInt());
                records.add(pair.get(0));
            }
            return Optional.of(counts);
        }
        return depth < MAX_NESTING && (value.has("#map") || ItfText.isRecord(value))
                ? nested(where, value, records, depth) : Optional.empty();
    }

    /** A function from nodes to places of messages: a mailbox or channel per node (or per pair of nodes). */
    private static Optional<Map<Place, Integer>> nested(String where, JsonNode value, List<JsonNode> records, int depth) {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        if (value.has("#map")) {
            value.get("#map").forEach(p -> entries.put(ItfText.plain(p.get(0)), p.get(1)));
        } else if (value.has("#tup")) {
            for (int i = 0; i < value.get("#tup").size(); i++) {
                entries.put(Integer.toString(i + 1), value.get("#tup").get(i));
            }
        } else {
            value.fields().forEachRemaining(f -> entries.put(f.getKey(), f.getValue()));
        }
        Map<Place, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : entries.entrySet()) {
            Optional<Map<Place, Integer>> inner = places(where + "[" + e.getKey() + "]", e.getValue(), records, depth + 1);
            if (inner.isEmpty()) {
                return Optional.empty();
            }
            counts.putAll(inner.get());
        }
        return Optional.of(counts);
    }
}
