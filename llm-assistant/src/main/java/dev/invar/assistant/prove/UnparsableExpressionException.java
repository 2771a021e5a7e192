package dev.invar.assistant.prove;

/** An expression the user gave (an invariant to check, a safety property to prove) that SANY does not accept. */
public final class UnparsableExpressionException extends ProofException {
    public UnparsableExpressionException(String message) {
        super(message);
    }
}
