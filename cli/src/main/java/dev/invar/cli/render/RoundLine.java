package dev.invar.cli.render;

import dev.invar.assistant.prove.SearchListener;
import java.io.PrintWriter;

/**
 * One line per round of a proof search on standard error, as {@code invar ci} writes one per model: a search of a
 * large protocol takes minutes, and the lines say where they go (counterexamples found, lemmas chosen, the time
 * of the check and of its walks).
 */
public final class RoundLine implements SearchListener {
    private final PrintWriter err;

    public RoundLine(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void round(Round r) {
        StringBuilder line = new StringBuilder("  round ").append(r.number()).append(": ");
        if (r.counterexamples() == 0) {
            line.append("no counterexample to induction from ").append(Numbers.count(r.states())).append(" states of the invariant");
        } else {
            line.append(Numbers.count(r.counterexamples(), "counterexample")).append(" to induction");
        }
        if (r.added() > 0) {
            line.append(", ").append(Numbers.count(r.added(), "lemma")).append(" chosen");
        }
        if (r.dropped() > 0) {
            line.append(", ").append(Numbers.count(r.dropped(), "lemma")).append(" taken back");
        }
        line.append(" (").append(Numbers.count(r.lemmas(), "lemma")).append(") · ")
                .append(Numbers.duration(r.took()));
        r.walks().ifPresent(w -> line.append(", of it walks ").append(Numbers.duration(w)));
        err.println(line);
        err.flush();
    }

    @Override
    public void regrown(int candidates) {
        err.println("  no candidate rules out what is left: the candidates are now grown from what the counterexamples left make false ("
                + Numbers.count(candidates, "candidate") + ")");
        err.flush();
    }

    @Override
    public void widened(int literals, int candidates) {
        err.println("  no candidate rules out what is left: the candidates are now the lemmas of up to " + literals + " literals ("
                + Numbers.count(candidates, "candidate") + ")");
        err.flush();
    }
}
