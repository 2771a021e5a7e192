package dev.invar.assistant;

/** The assistant cannot proceed: the LLM provider is unreachable or misconfigured, a budget is invalid. */
public class AssistantException extends RuntimeException {
    public AssistantException(String message) {
        super(message);
    }

    public AssistantException(String message, Throwable cause) {
        super(message, cause);
    }
}
