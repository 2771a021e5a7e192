package dev.invar.tlc;

/** How TLC explores the spec. */
public enum Mode {
    /** Breadth-first search of every reachable state: exhaustive for the model's constants. */
    MODEL_CHECK,
    /** Random behaviours of bounded depth: finds bugs, proves nothing. */
    SIMULATE
}
