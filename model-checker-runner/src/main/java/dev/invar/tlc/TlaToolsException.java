package dev.invar.tlc;

/** The TLA+ tools jar is missing, unreadable or not a TLA+ tools jar. */
public class TlaToolsException extends TlcException {
    public TlaToolsException(String message) {
        super(message);
    }
}
