package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a lane learnt in a step, as the scalar values (atoms) that its variables gained and the messages it
 * sent: a message that was never taken out of its set is taken as received by a lane whose step shows some
 * of its contents, or whose action names its type ({@code RcvCommit} for {@code [type |-> "Commit"]}).
 */
final class Evidence {
    private final Set<String> atoms;
    private final String action;

    private Evidence(Set<String> atoms, String action) {
        this.atoms = atoms;
        this.action = action.toLowerCase(Locale.ROOT);
    }

    static Evidence of(LaneActivity activity, Step step, String lane, List<JsonNode> sent) {
        Set<String> gained = new HashSet<>();
        for (LaneActivity.Change c : activity.changes(step.index(), lane)) {
            Set<String> now = atoms(c.after());
            now.removeAll(atoms(c.before()));
            gained.addAll(now);
        }
        sent.forEach(m -> gained.addAll(atoms(m)));
        return new Evidence(gained, step.action());
    }

    /** Some of the message's values were learnt, or the action names one of its strings. */
    boolean shows(JsonNode message) {
        for (String atom : atoms(message)) {
            if (atoms.contains(atom)) {
                return true;
            }
        }
        return strings(message).stream().anyMatch(s -> s.length() >= 2 && action.contains(s.toLowerCase(Locale.ROOT)));
    }

    /** The lane learnt this value (e.g. the name of the node it heard from). */
    boolean contains(JsonNode value) {
        return atoms.contains(ItfText.of(value));
    }

    /** The integers, strings and model values inside a value, as TLA+ text; booleans say too little. */
    static Set<String> atoms(JsonNode value) {
        Set<String> atoms = new HashSet<>();
        collect(value, atoms, false);
        return atoms;
    }

    private static Set<String> strings(JsonNode value) {
        Set<String> strings = new HashSet<>();
        collect(value, strings, true);
        return strings;
    }

    private static void collect(JsonNode value, Set<String> into, boolean stringsOnly) {
        if (value == null || value.isNull() || value.isBoolean()) {
            return;
        }
        if (value.isTextual()) {
            into.add(stringsOnly ? value.asText() : ItfText.of(value));
        } else if (value.has("#bigint") || value.has("#unserializable")) {
            if (!stringsOnly) {
                into.add(ItfText.of(value));
            }
        } else if (value.isArray()) {
            value.forEach(e -> collect(e, into, stringsOnly));
        } else if (value.isObject()) {
            value.fields().forEachRemaining(f -> collect(f.getValue(), into, stringsOnly));
        }
    }
}
