package dev.invar.ci;

/** The CI gate cannot proceed: an unreadable project file, a model naming a missing spec, git failing. */
public class CiException extends RuntimeException {
    public CiException(String message) {
        super(message);
    }

    public CiException(String message, Throwable cause) {
        super(message, cause);
    }
}
