package dev.invar.assistant.prove;

import dev.invar.assistant.prove.grammar.ExpressionText;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.TlcRunner;
import java.util.List;
import java.util.Optional;

/**
 * The clauses of the grammar inferred from a spec that hold on every reachable state of its model, as
 * candidate invariants: what {@code invar prove} draws its lemmas from, offered to {@code invar draft}. One
 * TLC pass over the reachable states decides every clause of up to {@code maxLiterals} literals.
 */
public final class ReachableClauses {
    private ReachableClauses() {
    }

    /**
     * @return the minimal clauses that hold, shortest first, at most {@code limit}; none when the spec has no
     *         {@code typeOk}, when it gives a variable no finite set, or when TLC cannot visit every reachable state
     */
    public static List<String> of(TlcRunner runner, CheckRequest model, String typeOk, int maxLiterals, int limit) {
        ModuleOutline outline = ModuleOutline.read(model.spec());
        Optional<String> body = outline.definition(typeOk);
        if (body.isEmpty()) {
            return List.of();
        }
        TypeDomain types;
        try {
            types = TypeDomain.read(typeOk, body.get(), outline.variables());
        } catch (ProofException e) {
            return List.of(); // a variable TypeOK gives no finite set: no grammar to draft from
        }
        PredicateGrammar grammar = PredicateGrammar.inferred(outline, types, maxLiterals, model.overrides().next().orElse("Next"));
        if (grammar.predicates().isEmpty()) {
            return List.of();
        }
        ReachableRows rows = ReachableRows.collect(runner, model, grammar, List.of(), false);
        if (rows.features().failedDefinition().isPresent() || !rows.features().exhaustive()) {
            return List.of();
        }
        PredicateGrammar g = rows.grammar();
        java.util.Map<String, String> distinct = new java.util.LinkedHashMap<>();
        for (PredicateGrammar.Clause c : new ClauseSpace(g.predicates().size(), g.maxLiterals(),
                ClauseSpace.groups(rows.features().values())).valid(Integer.MAX_VALUE)) {
            distinct.putIfAbsent(canonical(g.lemma(c), g.variables()), g.implication(c));
            if (distinct.size() >= limit) {
                break;
            }
        }
        return List.copyOf(distinct.values());
    }

    /**
     * One name for clauses that differ only in which of a set's two variables they use: {@code VRM2} alone
     * becomes {@code VRM1}, and with both, the clause reads with the two swapped if that text comes first.
     */
    static String canonical(String lemma, List<String> variables) {
        String text = sorted(lemma);
        for (String second : variables) {
            if (!second.endsWith("2")) {
                continue;
            }
            String first = second.substring(0, second.length() - 1) + "1";
            boolean hasFirst = ExpressionText.mentions(text, first);
            if (!ExpressionText.mentions(text, second) || !variables.contains(first)) {
                continue;
            }
            String swapped = text.replaceAll("\\b" + second + "\\b", "\u0000").replaceAll("\\b" + first + "\\b", second)
                    .replace("\u0000", first)
                    // the binders in their usual order again: \A VRM1 \in RM, VRM2 \in RM
                    .replaceFirst("\\b" + second + " \\\\in ([^,:]+), " + first + " \\\\in \\1\\b",
                            first + " \\\\in $1, " + second + " \\\\in $1");
            swapped = sorted(swapped);
            text = !hasFirst ? text.replaceAll("\\b" + second + "\\b", first) : swapped.compareTo(text) < 0 ? swapped : text;
        }
        return text;
    }

    /** The clause with its literals in sorted order, after the quantifiers. */
    private static String sorted(String lemma) {
        int colon = lemma.lastIndexOf(" : ");
        String prefix = colon < 0 ? "" : lemma.substring(0, colon + 3);
        List<String> literals = new java.util.ArrayList<>(dev.invar.tlc.Junctions.disjuncts(lemma.substring(prefix.length())));
        java.util.Collections.sort(literals);
        return prefix + String.join(" \\/ ", literals);
    }
}
