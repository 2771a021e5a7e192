package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which variables are per-node functions, and so which nodes get a lifeline: the domain shared by the
 * most variables that are functions over the same keys in every state ({@code rmState[r]}, {@code log[s]}).
 * Model values are the likeliest nodes, then strings, then integers; a domain of strings or integers needs
 * two variables, since one record or one sequence is more often plain data than a process table. A sequence
 * of fixed length is a function over 1..n, as TLC prints those.
 */
final class LaneInference {
    private LaneInference() {
    }

    /**
     * @param requested {@code --lanes VAR}: use VAR's domain; inferred when VAR is not such a function
     * @param messageVariables variables that hold messages, which are never per-node state (a channel per node
     *                         changes when its reader acts, not only when its node does)
     */
    static Lanes infer(Behaviour behaviour, Optional<String> requested, Set<String> messageVariables) {
        Map<String, Set<JsonNode>> all = stableDomains(behaviour);
        Map<String, Set<JsonNode>> domains = new LinkedHashMap<>(all);
        domains.keySet().removeAll(messageVariables);
        Optional<String> note = Optional.empty();
        if (requested.isPresent()) {
            String name = requested.get();
            Set<JsonNode> keys = all.get(name);
            if (keys != null) {
                return lanes(keys, domains, note);
            }
            note = Optional.of("--lanes " + name + ": " + (behaviour.variableNames().contains(name)
                    ? "not a function over the same domain in every state" : "no such variable in the trace")
                    + "; lanes were inferred instead");
        }
        Optional<String> why = note;
        return best(domains).map(keys -> lanes(keys, domains, why)).orElseGet(() -> new Lanes(List.of(), Set.of(), why));
    }

    private static Lanes lanes(Set<JsonNode> keys, Map<String, Set<JsonNode>> domains, Optional<String> note) {
        Set<String> variables = new LinkedHashSet<>();
        domains.forEach((name, domain) -> {
            if (domain.equals(keys)) {
                variables.add(name);
            }
        });
        List<Lanes.Lane> nodes = keys.stream().map(k -> new Lanes.Lane(ItfText.plain(k), k)).toList();
        return new Lanes(nodes, variables, note);
    }

    private static Optional<Set<JsonNode>> best(Map<String, Set<JsonNode>> domains) {
        Map<Set<JsonNode>, Integer> uses = new LinkedHashMap<>();
        domains.values().forEach(d -> uses.merge(d, 1, Integer::sum));
        return uses.entrySet().stream()
                .filter(e -> rank(e.getKey()) > 0 && e.getValue() >= (rank(e.getKey()) == 3 ? 1 : 2))
                .max(Comparator.<Map.Entry<Set<JsonNode>, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparingInt(e -> rank(e.getKey()))
                        .thenComparingInt(e -> e.getKey().size()))
                .map(Map.Entry::getKey);
    }

    /** 3: model values, 2: strings, 1: integers, 0: a mix (not a set of nodes). */
    private static int rank(Set<JsonNode> keys) {
        if (keys.stream().allMatch(k -> k.has("#unserializable"))) {
            return 3;
        }
        if (keys.stream().allMatch(JsonNode::isTextual)) {
            return 2;
        }
        return keys.stream().allMatch(k -> k.has("#bigint")) ? 1 : 0;
    }

    /** Each variable that is a function with a non-empty domain, the same in every state. */
    private static Map<String, Set<JsonNode>> stableDomains(Behaviour behaviour) {
        Map<String, Set<JsonNode>> stable = new LinkedHashMap<>();
        List<Step> states = behaviour.states();
        for (String name : behaviour.variableNames()) {
            Optional<Set<JsonNode>> first = states.isEmpty() ? Optional.empty() : domain(states.get(0).variables().get(name));
            if (first.isPresent() && states.stream().allMatch(s -> domain(s.variables().get(name)).equals(first))) {
                stable.put(name, first.get());
            }
        }
        return stable;
    }

    private static Optional<Set<JsonNode>> domain(JsonNode value) {
        Set<JsonNode> keys = new LinkedHashSet<>();
        if (value != null && value.has("#map")) {
            for (JsonNode pair : value.get("#map")) {
                JsonNode key = pair.get(0);
                if (!(key.isTextual() || key.has("#unserializable") || key.has("#bigint"))) {
                    return Optional.empty();
                }
                keys.add(key);
            }
        } else if (ItfText.isRecord(value)) {
            value.fieldNames().forEachRemaining(f -> keys.add(TextNode.valueOf(f)));
        } else if (value != null && value.has("#tup") && value.get("#tup").size() >= 2) {
            // TLC prints a function over 1..n as a sequence: pc[p] for processes 1..N
            for (int i = 1; i <= value.get("#tup").size(); i++) {
                keys.add(Lanes.position(i));
            }
        }
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys);
    }
}
