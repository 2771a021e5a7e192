package dev.invar.tlc;

/** Receives TLC's events as they happen, e.g. to draw a progress line. Called from reader threads. */
@FunctionalInterface
public interface TlcListener {
    TlcListener NONE = event -> { };

    void onEvent(TlcEvent event);
}
