package dev.invar.assistant.prove.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Atoms about sequence-valued terms (logs, histories, chains), gathered as the type is read and stated at the end. */
final class SequenceAtoms extends GrammarPart {
    /** Sequence-valued terms (a variable, or a function into sequences applied to a grammar variable), by element set. */
    private final Map<String, List<String>> sequences = new LinkedHashMap<>();

    SequenceAtoms(GrammarDraft draft) {
        super(draft);
    }

    /** A sequence-valued term whose elements lie in {@code elements}. */
    void add(String elements, String term) {
        sequences.computeIfAbsent(elements, e -> new ArrayList<>()).add(term);
    }

    /**
     * Atoms over sequences (logs, histories, chains): {@code s = <<>>}, an element in s, no element twice, x before
     * y in s, s a prefix of t and s no longer than t; {@code Len(s)} is an integer term for the arithmetic atoms, so {@code matchIndex[b] <= Len(log[b])}
     * can be stated. Replication protocols are safe because logs are prefixes of one another.
     */
    void atoms() {
        sequences.forEach((elements, terms) -> {
            List<String> members = variables.values(elements);
            for (String t : terms) {
                predicates.add(t + " = <<>>");
                String k = variables.fresh("k");
                String j = variables.fresh("j");
                // No element twice: a chain lists each server once, a log each write once.
                predicates.add("\\A " + k + ", " + j + " \\in DOMAIN " + t + " : " + t + "[" + k + "] = " + t + "[" + j + "] => " + k + " = " + j);
                if (members.size() == 2 && !members.get(0).equals(members.get(1))) {
                    // Order: x comes before y in s (a server's predecessor in the chain, an older write in a log).
                    predicates.add("\\E " + k + ", " + j + " \\in DOMAIN " + t + " : " + k + " < " + j + " /\\ " + t + "[" + k + "] = "
                            + members.get(0) + " /\\ " + t + "[" + j + "] = " + members.get(1));
                }
                // The same order on one component of tuples: a message with the old bit before one with the new.
                List<String> components = sets.components(elements);
                for (int i = 0; components.size() > 1 && i < components.size(); i++) {
                    List<String> parts = variables.values(components.get(i));
                    if (parts.size() == 2 && !parts.get(0).equals(parts.get(1))) {
                        String at = "[" + (i + 1) + "]";
                        predicates.add("\\E " + k + ", " + j + " \\in DOMAIN " + t + " : " + k + " < " + j + " /\\ " + t + "[" + k + "]" + at
                                + " = " + parts.get(0) + " /\\ " + t + "[" + j + "]" + at + " = " + parts.get(1));
                    }
                }
                members.forEach(e -> predicates.add("\\E " + k + " \\in DOMAIN " + t + " : " + t + "[" + k + "] = " + e));
                integers.term("Len(" + t + ")");
                for (String u : terms) {
                    if (!t.equals(u)) {
                        predicates.add("Len(" + t + ") <= Len(" + u + ") /\\ SubSeq(" + u + ", 1, Len(" + t + ")) = " + t);
                    }
                }
            }
        });
    }
}
