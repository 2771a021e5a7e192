package dev.invar.library;

/** The library cannot answer: an unknown id, a missing or malformed manifest, a file that cannot be copied. */
public class LibraryException extends RuntimeException {
    public LibraryException(String message) {
        super(message);
    }

    public LibraryException(String message, Throwable cause) {
        super(message, cause);
    }
}
