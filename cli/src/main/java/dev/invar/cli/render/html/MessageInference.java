package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who sent and who received each message of a behaviour ({@link MessagePlaces} says where messages are). A
 * message is sent by the lane acting when it appears, and received by the lane acting when it leaves; one
 * that never leaves (the usual "set of every message sent" style) is received by each lane whose later step
 * shows its contents, and by a lane other than the global one only if that lane also learnt its sender's
 * name, since a node's reply tells little else apart.
 */
final class MessageInference {
    private final Behaviour behaviour;
    private final Lanes lanes;
    private final LaneActivity activity;

    private MessageInference(Behaviour behaviour, Lanes lanes, LaneActivity activity) {
        this.behaviour = behaviour;
        this.lanes = lanes;
        this.activity = activity;
    }

    static List<Message> infer(Behaviour behaviour, Lanes lanes, LaneActivity activity, Set<String> variables) {
        return new MessageInference(behaviour, lanes, activity).infer(variables);
    }

    private List<Message> infer(Set<String> variables) {
        List<Draft> all = new ArrayList<>();
        Map<MessagePlaces.Place, Deque<Draft>> inFlight = new HashMap<>();
        for (Step step : behaviour.states()) {
            for (String name : variables) {
                Map<MessagePlaces.Place, Integer> now = MessagePlaces.count(name, step.variables().get(name));
                Map<MessagePlaces.Place, Integer> before = behaviour.before(step)
                        .map(b -> MessagePlaces.count(name, b.variables().get(name))).orElse(Map.of());
                Set<MessagePlaces.Place> places = new LinkedHashSet<>(before.keySet());
                places.addAll(now.keySet());
                for (MessagePlaces.Place place : places) {
                    int delta = now.getOrDefault(place, 0) - before.getOrDefault(place, 0);
                    Deque<Draft> queue = inFlight.computeIfAbsent(place, c -> new ArrayDeque<>());
                    for (int i = 0; i < delta; i++) {
                        Draft d = new Draft(place.where(), place.content(), step.index(), sender(step.index(), place.content()));
                        queue.add(d);
                        all.add(d);
                    }
                    for (int i = 0; i < -delta && !queue.isEmpty(); i++) {
                        consume(queue.poll(), step.index());
                    }
                }
            }
        }
        Map<String, List<JsonNode>> sentBy = new HashMap<>();
        all.forEach(d -> sentBy.computeIfAbsent(d.sender + "@" + d.sentAt, k -> new ArrayList<>()).add(d.content));
        all.stream().filter(d -> d.consumedAt.isEmpty()).forEach(d -> receiveByEvidence(d, sentBy));
        return all.stream().map(Draft::toMessage).toList();
    }

    private String sender(int index, JsonNode content) {
        Set<String> actors = activity.actors(index);
        List<String> named = named(content);
        Optional<String> namedActor = named.stream().filter(actors::contains).findFirst();
        List<String> nodes = actors.stream().filter(a -> !Lanes.GLOBAL.equals(a)).toList();
        if (namedActor.isPresent()) {
            return namedActor.get();
        }
        if (nodes.size() == 1) {
            return nodes.get(0);
        }
        if (actors.contains(Lanes.GLOBAL) || actors.isEmpty()) {
            return actors.isEmpty() && !named.isEmpty() ? named.get(0) : Lanes.GLOBAL;
        }
        return nodes.get(0);
    }

    private void consume(Draft d, int index) {
        d.consumedAt = Optional.of(index);
        List<String> others = activity.actors(index).stream().filter(a -> !a.equals(d.sender)).toList();
        // a lane may take out what it put in itself (a node's own queue, or a coordinator that does both)
        Optional<String> receiver = named(d.content).stream().filter(others::contains).findFirst()
                .or(() -> others.stream().filter(a -> !Lanes.GLOBAL.equals(a)).findFirst())
                .or(() -> others.stream().findFirst())
                .or(() -> activity.actors(index).stream().findFirst());
        receiver.ifPresent(r -> d.receipts.add(new Message.Receipt(index, r)));
    }

    /** @param sentBy the messages each lane sent in each step, by {@code lane@index} */
    private void receiveByEvidence(Draft d, Map<String, List<JsonNode>> sentBy) {
        List<String> addressees = named(d.content).stream().filter(l -> !l.equals(d.sender)).toList();
        boolean namesSender = named(d.content).contains(d.sender);
        List<String> candidates = addressees.isEmpty() ? activity.laneIds() : addressees;
        for (String lane : candidates) {
            if (lane.equals(d.sender)) {
                continue;
            }
            boolean needsSenderName = addressees.isEmpty() && namesSender && !Lanes.GLOBAL.equals(lane);
            for (Step step : behaviour.states()) {
                if (step.index() <= d.sentAt || !activity.actors(step.index()).contains(lane)) {
                    continue;
                }
                Evidence evidence = Evidence.of(activity, step, lane, sentBy.getOrDefault(lane + "@" + step.index(), List.of()));
                boolean knowsSender = !needsSenderName || lanes.nodes().stream()
                        .anyMatch(n -> n.id().equals(d.sender) && evidence.contains(n.key()));
                if (knowsSender && evidence.shows(d.content)) {
                    d.receipts.add(new Message.Receipt(step.index(), lane));
                    break;
                }
            }
        }
    }

    /** The lanes a message names in its fields (its sender or its addressee), in field order. */
    private List<String> named(JsonNode content) {
        List<String> named = new ArrayList<>();
        content.fields().forEachRemaining(f -> lanes.byKey(f.getValue()).ifPresent(l -> named.add(l.id())));
        return named;
    }

    /** A message being worked out. */
    private static final class Draft {
        final String variable;
        final JsonNode content;
        final int sentAt;
        final String sender;
        Optional<Integer> consumedAt = Optional.empty();
        final List<Message.Receipt> receipts = new ArrayList<>();

        Draft(String variable, JsonNode content, int sentAt, String sender) {
            this.variable = variable;
            this.content = content;
            this.sentAt = sentAt;
            this.sender = sender;
        }

        Message toMessage() {
            return new Message(variable, content, sentAt, sender, consumedAt, receipts);
        }
    }
}
