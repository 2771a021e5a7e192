package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.ExpressionText.mentions;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quorum a step waits for that can no longer form. A commit waits for a quorum of acceptances, {@code \\E Q \\in Quorum
 * : Q \\subseteq acceptedBy[b]}, and an acceptor joins only while a guard of its own holds, {@code promised[r] <= b}
 * before {@code acceptedBy' = [acceptedBy EXCEPT ![b] = @ \\cup {r}]}. That no quorum can form any more, every quorum
 * has a member that has not joined and whose guard is false, {@code \\A Q \\in Quorum : \\E q \\in Q : q \\notin
 * acceptedBy[VBALLOT1] /\\ ~(promised[q] <= VBALLOT1)}, is an atom: a ballot's proposal is safe because every lower
 * ballot that proposed another value can no longer be chosen, the lemma consensus by ballots rests on.
 */
final class ForeclosedQuorums extends GrammarPart {
    /** A quorum inside an entry of the state: {@code \\E Q \\in Quorum : Q \\subseteq acceptedBy[b]}. */
    private static final Pattern QUORUM_INSIDE =
            Pattern.compile("(?s)^\\\\E\\s+(\\w+)\\s+\\\\in\\s+(\\w+)\\s*:\\s*\\1\\s+\\\\subseteq\\s+(\\w+)\\[\\s*(\\w+)\\s*\\]$");

    /** A member joining an entry: {@code @ \\cup {r}}. */
    private static final Pattern JOINS = Pattern.compile("(?s)^@\\s*\\\\cup\\s*\\{\\s*(\\w+)\\s*\\}$");

    ForeclosedQuorums(GrammarDraft draft) {
        super(draft);
    }

    /** The atoms for the quorums the steps wait for (see {@link ActionAtoms#steps}). */
    void atoms(List<Preimages.Step> steps) {
        for (Preimages.Step waiting : steps) {
            for (String conjunct : waiting.conjuncts()) {
                Matcher quorum = QUORUM_INSIDE.matcher(unparenthesised(conjunct.strip()));
                String at = quorum.matches() ? waiting.renaming().get(quorum.group(4)) : null;
                if (at == null || !outline.variables().contains(quorum.group(3))) {
                    continue;
                }
                String q = variables.fresh("Q");
                String member = variables.fresh("q");
                List<String> barred = barriers(steps, quorum.group(3), at, member);
                if (!barred.isEmpty()) {
                    String atom = "\\A " + q + " \\in " + quorum.group(2) + " : \\E " + member + " \\in " + q + " : " + member + " \\notin "
                            + quorum.group(3) + "[" + at + "] /\\ (" + String.join(" \\/ ", barred) + ")";
                    if (draft.isNew(atom)) {
                        predicates.add(atom);
                    }
                }
            }
        }
    }

    /**
     * What bars {@code member} from joining {@code variable[at]}: each guard of a step that adds its parameter there,
     * negated, that reads that parameter and at most the entry's index besides, {@code ~(promised[q] <= VBALLOT1)}.
     */
    private List<String> barriers(List<Preimages.Step> steps, String variable, String at, String member) {
        List<String> barred = new ArrayList<>();
        for (Preimages.Step joining : steps) {
            for (String conjunct : joining.conjuncts()) {
                for (Update update : Update.of(conjunct)) {
                    Matcher joins = JOINS.matcher(update.value().strip());
                    if (!update.variable().equals(variable) || update.index().isEmpty() || !joins.matches()) {
                        continue;
                    }
                    Map<String, String> renaming = new LinkedHashMap<>();
                    renaming.put(update.index().get(), at);
                    renaming.put(joins.group(1), member);
                    for (String guard : joining.conjuncts()) {
                        boolean ownGuard = !outline.changesState(guard) && mentions(guard, joins.group(1)) && !mentions(guard, variable)
                                && joining.renaming().keySet().stream().allMatch(p -> renaming.containsKey(p) || !mentions(guard, p));
                        if (ownGuard) {
                            ExpressionText.renamed(guard.strip(), renaming).map(g -> "~(" + g + ")").filter(g -> !barred.contains(g))
                                    .ifPresent(barred::add);
                        }
                    }
                }
            }
        }
        return barred;
    }
}
