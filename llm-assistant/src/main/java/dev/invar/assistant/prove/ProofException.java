package dev.invar.assistant.prove;

import dev.invar.assistant.AssistantException;

/** An inductive check cannot be set up: no TypeOK, a variable TypeOK gives no set, a bad grammar file. */
public class ProofException extends AssistantException {
    public ProofException(String message) {
        super(message);
    }
}
