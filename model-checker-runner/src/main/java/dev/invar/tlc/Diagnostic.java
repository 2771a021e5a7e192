package dev.invar.tlc;

import java.util.Objects;
import java.util.Optional;

/**
 * An error that kept TLC from checking: a syntax or semantic error in a module, a config problem, a
 * crash. {@code code} is TLC's message code, or 0 when the text came from unframed output.
 */
public record Diagnostic(Verdict kind, int code, String message, Optional<SourceLocation> location) {
    public Diagnostic {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /** One line: {@code file:line:column: message}, or just the message when there is no location. */
    public String oneLine() {
        String flat = message.strip().replaceAll("\\s*\\n\\s*", " ");
        return location.map(l -> l.shortForm() + ": " + flat).orElse(flat);
    }
}
