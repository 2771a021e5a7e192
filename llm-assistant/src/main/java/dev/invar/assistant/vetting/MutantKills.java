package dev.invar.assistant.vetting;

import java.util.Objects;

/**
 * How many mutants of one kind a candidate kills.
 *
 * @param kind the kind of change, as the report shows it: "guard", "unchanged", "widened set", "duplicated message"
 * @param mutants the mutants of that kind that ran (a mutant TLC cannot explore tests nothing and is not counted)
 */
public record MutantKills(String kind, int killed, int mutants) {
    public MutantKills {
        Objects.requireNonNull(kind, "kind");
        if (killed < 0 || killed > mutants) {
            throw new IllegalArgumentException("killed " + killed + " of " + mutants);
        }
    }
}
