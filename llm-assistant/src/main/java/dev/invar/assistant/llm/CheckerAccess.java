package dev.invar.assistant.llm;

/**
 * The checker as a model may use it, through {@link CheckerTools}. Every answer is short text a model can
 * read; a failure is an answer too ("parse error: …"), never an exception. Expressions reaching an
 * implementation have already passed {@link dev.invar.assistant.DraftSanitizer}.
 */
public interface CheckerAccess {

    /** Parses a state predicate in a module that EXTENDS the spec: {@code ok}, or what SANY said. */
    String parse(String expression);

    /** Checks a predicate on the model's reachable states: that it holds, or its shortest counterexample. */
    String checkCandidate(String expression);

    /** One random behaviour of at most {@code depth} steps, state by state. */
    String simulate(int depth);
}
