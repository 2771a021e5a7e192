package dev.invar.cli.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A message of the behaviour: a record that appeared in a set or bag of messages, who sent it, and who
 * received it where that can be told.
 *
 * @param sentAt the index of the step that added it
 * @param consumedAt the index of the step that took it out of the set or bag, if one did
 * @param receipts where it was received: by whoever consumed it, else by lanes whose next step shows
 *                 its contents
 */
record Message(String variable, JsonNode content, int sentAt, String sender, Optional<Integer> consumedAt,
               List<Receipt> receipts) {
    /** A lane that took a message in, at a step. */
    record Receipt(int step, String lane) {
        Receipt {
            Objects.requireNonNull(lane, "lane");
        }
    }

    Message {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(consumedAt, "consumedAt");
        receipts = List.copyOf(receipts);
    }

    /** The message type first (its {@code type} field, when it has one), then the other fields. */
    String label() {
        if (!content.isObject()) {
            return ItfText.of(content);
        }
        StringBuilder label = new StringBuilder();
        JsonNode type = content.has("type") ? content.get("type") : content.get("mtype");
        if (type != null) {
            label.append(ItfText.plain(type));
        }
        content.fields().forEachRemaining(f -> {
            if (f.getValue() != type) {
                label.append(label.length() == 0 ? "" : " ").append(f.getKey()).append('=').append(ItfText.plain(f.getValue()));
            }
        });
        return label.toString();
    }
}
