package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a variable's name and values say it is for: a node being up or down, a clock, a set of messages in
 * flight. Names are the only hint a state gives, so these are conventions, not certainties.
 */
final class VariableRoles {
    private static final Pattern UP = Pattern.compile("^(alive|up|running|online|live)$|(Up|Alive|Running|Online)$");
    private static final Pattern DOWN = Pattern.compile("^(crashed|down|failed|dead)$|(Crashed|Down|Failed|Dead)$");
    private static final Pattern DOWN_STATE = Pattern.compile("(?i)crashed|down|dead|failed|stopped");
    private static final Pattern CLOCK = Pattern.compile("(?i).*(clock|time|now|tick|timer|drift|lamport).*|vc");
    private static final Pattern MESSAGES = Pattern.compile(
            "(?i).*(msg|message|network|chan|request|response|repl|inbox|outbox|mailbox|transit|flight|packet|sent|wire|bag).*|net");
    private static final Pattern MESSAGE_FIELDS = Pattern.compile(
            "(?i)type|mtype|src|dst|source|dest|destination|from|to|sender|receiver|recipient");

    private VariableRoles() {
    }

    /** Whether a node whose variables (name to value) are these is crashed or stopped. */
    static boolean isDown(Map<String, JsonNode> view) {
        for (Map.Entry<String, JsonNode> v : view.entrySet()) {
            JsonNode value = v.getValue();
            if (value == null) {
                continue;
            }
            if (value.isBoolean() && (UP.matcher(v.getKey()).find() && !value.asBoolean()
                    || DOWN.matcher(v.getKey()).find() && value.asBoolean())) {
                return true;
            }
            if (value.isTextual() && DOWN_STATE.matcher(value.asText()).matches()) {
                return true;
            }
        }
        return false;
    }

    static boolean isClock(String name) {
        return CLOCK.matcher(name).matches();
    }

    /** A name that says "messages": msgs, network, requests, inbox, chan … */
    static boolean namedLikeMessages(String name) {
        return MESSAGES.matcher(name).matches();
    }

    /** A record with a field that names a sender, a receiver or a message type. */
    static boolean shapedLikeMessage(JsonNode record) {
        for (var fields = record.fieldNames(); fields.hasNext(); ) {
            if (MESSAGE_FIELDS.matcher(fields.next()).matches()) {
                return true;
            }
        }
        return false;
    }
}
