package dev.invar.tlc.internal;

import java.util.List;
import java.util.stream.Stream;

/**
 * One framed message of TLC's {@code -tool} output: {@code @!@!@STARTMSG code:severity @!@!@}, body,
 * {@code @!@!@ENDMSG code @!@!@}. Messages TLC opened inside this one are kept as nested messages.
 */
public record ToolMessage(int code, int severity, String body, List<ToolMessage> nested) {
    public ToolMessage {
        nested = List.copyOf(nested);
    }

    /** This message and every message nested in it, depth first. */
    public Stream<ToolMessage> flatten() {
        return Stream.concat(Stream.of(this), nested.stream().flatMap(ToolMessage::flatten));
    }
}
