package dev.invar.tlc;

/**
 * Something is broken so that TLC could not be run or its output not be understood: a missing file,
 * a jar that is not the TLA+ tools, a JVM that cannot start. Expected outcomes of a check (a violation,
 * a parse error in the spec, a timeout) are {@link CheckResult}s, never exceptions.
 */
public class TlcException extends RuntimeException {
    public TlcException(String message) {
        super(message);
    }

    public TlcException(String message, Throwable cause) {
        super(message, cause);
    }
}
