package dev.invar.ci;

/** Hears about each model as it starts and ends, e.g. to print a line per model. Called from worker threads. */
public interface CiListener {
    CiListener NONE = new CiListener() { };

    default void started(CiModel model) {
    }

    default void finished(ModelOutcome outcome) {
    }
}
