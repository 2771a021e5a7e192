package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who acted in each step: the nodes whose slice of a per-node variable changed, and the global lane when a
 * variable of no node changed or when only messages did (a coordinator, the network). Also each lane's own
 * view of a state, from which its changes, its clocks and whether it is down are read.
 */
final class LaneActivity {
    /** One variable of a lane that a step changed. */
    record Change(String variable, JsonNode before, JsonNode after) {
    }

    private final Behaviour behaviour;
    private final Lanes lanes;
    private final List<String> globals;
    private final List<Set<String>> actors = new ArrayList<>();

    LaneActivity(Behaviour behaviour, Lanes lanes, Set<String> messageVariables) {
        this.behaviour = behaviour;
        this.lanes = lanes;
        this.globals = behaviour.variableNames().stream()
                .filter(v -> !lanes.isLaneVariable(v) && !messageVariables.contains(v)).toList();
        behaviour.steps().forEach(s -> actors.add(actorsOf(s)));
    }

    /** The lanes to draw: the global lane first when it has variables or acts, then the nodes. */
    List<String> laneIds() {
        List<String> ids = new ArrayList<>();
        if (!globals.isEmpty() || actors.stream().anyMatch(a -> a.contains(Lanes.GLOBAL))) {
            ids.add(Lanes.GLOBAL);
        }
        lanes.nodes().forEach(l -> ids.add(l.id()));
        return ids;
    }

    List<String> globalVariables() {
        return globals;
    }

    Set<String> actors(int index) {
        return actors.get(index);
    }

    /** The lane's variables in this state: its slices of the per-node ones, or the global ones. */
    Map<String, JsonNode> view(Step step, String lane) {
        Map<String, JsonNode> view = new LinkedHashMap<>();
        if (Lanes.GLOBAL.equals(lane)) {
            globals.forEach(v -> view.put(v, step.variables().get(v)));
            return view;
        }
        lanes.nodes().stream().filter(l -> l.id().equals(lane)).findFirst().ifPresent(node ->
                lanes.variables().forEach(v -> view.put(v, Lanes.slice(step.variables().get(v), node))));
        return view;
    }

    List<Change> changes(int index, String lane) {
        Step step = behaviour.steps().get(index);
        if (index == 0 || step.isStuttering()) {
            return List.of();
        }
        Map<String, JsonNode> before = view(behaviour.steps().get(index - 1), lane);
        List<Change> changes = new ArrayList<>();
        view(step, lane).forEach((v, after) -> {
            if (!Objects.equals(before.get(v), after)) {
                changes.add(new Change(v, before.get(v), after));
            }
        });
        return changes;
    }

    boolean isDown(int index, String lane) {
        Step step = behaviour.steps().get(index);
        return !step.isStuttering() && VariableRoles.isDown(view(step, lane));
    }

    /** The lane's clock-like variables (clock, time, timer, drift, vc …) in this state. */
    Map<String, JsonNode> clocks(int index, String lane) {
        Map<String, JsonNode> clocks = new LinkedHashMap<>();
        view(behaviour.steps().get(index), lane).forEach((v, value) -> {
            if (value != null && VariableRoles.isClock(v)) {
                clocks.put(v, value);
            }
        });
        return clocks;
    }

    private Set<String> actorsOf(Step step) {
        Set<String> acted = new LinkedHashSet<>();
        if (step.index() == 0 || step.isStuttering()) {
            return acted;
        }
        Step before = behaviour.steps().get(step.index() - 1);
        for (Lanes.Lane node : lanes.nodes()) {
            for (String v : lanes.variables()) {
                if (!Objects.equals(Lanes.slice(before.variables().get(v), node), Lanes.slice(step.variables().get(v), node))) {
                    acted.add(node.id());
                    break;
                }
            }
        }
        if (acted.isEmpty() || globals.stream().anyMatch(v -> !Objects.equals(before.variables().get(v), step.variables().get(v)))) {
            acted.add(Lanes.GLOBAL);
        }
        return acted;
    }
}
