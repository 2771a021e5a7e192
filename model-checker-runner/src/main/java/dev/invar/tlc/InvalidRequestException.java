package dev.invar.tlc;

/** A check request that cannot be run as given: a missing spec, a malformed override, a bad flag value. */
public class InvalidRequestException extends TlcException {
    public InvalidRequestException(String message) {
        super(message);
    }
}
