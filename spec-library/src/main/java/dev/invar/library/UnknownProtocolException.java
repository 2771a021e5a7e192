package dev.invar.library;

import java.util.List;

/** No protocol, model or variant by that name; the message lists the names there are. */
public class UnknownProtocolException extends LibraryException {
    public UnknownProtocolException(String what, String name, List<String> known) {
        super("unknown " + what + " '" + name + "'; " + (known.isEmpty() ? "there are none"
                : "choose one of: " + String.join(", ", known)));
    }
}
