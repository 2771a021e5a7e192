package dev.invar.cli;

/** Input the command cannot accept, found after parsing (e.g. a malformed --const). Exit code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
