package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.SetSyntax.FUNCTIONS;
import static dev.invar.assistant.prove.grammar.SetSyntax.spaced;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A predicate of the spec's own that an atom applies to one value of the state, said of the other values of its kind:
 * {@code Odd(rseq[VREADERS1])}, from a reader's check, gives {@code Odd(seq)}, the counter the reader copied, whose
 * parity says whether a write is under way. Values of one kind are the variables, and the entries of functions, that
 * TypeOK gives the same set; the predicate is an operator of one parameter that reads no variable.
 */
final class KindAtoms extends GrammarPart {
    /** {@code Odd(rseq[VREADERS1])}: an operator applied to a variable or to one entry of a function. */
    private static final Pattern APPLIED_TO_ONE = Pattern.compile("^(\\w+)\\((\\w+)(\\[\\w+\\])?\\)$");

    KindAtoms(GrammarDraft draft) {
        super(draft);
    }

    void atoms() {
        List<String> out = new ArrayList<>();
        for (String atom : predicates) {
            Matcher applied = APPLIED_TO_ONE.matcher(atom.strip());
            if (!applied.matches() || outline.parameters(applied.group(1)).size() != 1
                    || !outline.variablesUsed(outline.definition(applied.group(1)).orElse("")).isEmpty()) {
                continue;
            }
            String kind = kind(applied.group(2), applied.group(3) != null);
            if (kind == null) {
                continue;
            }
            shapes.forEach((variable, set) -> {
                if (spaced(unparenthesised(set.strip())).equals(kind)) {
                    out.add(applied.group(1) + "(" + variable + ")");
                    return;
                }
                Matcher functions = FUNCTIONS.matcher(unparenthesised(set.strip()));
                List<String> names = functions.matches() ? variables.of(functions.group(1)) : List.of();
                if (!names.isEmpty() && spaced(unparenthesised(functions.group(2).strip())).equals(kind)) {
                    out.add(applied.group(1) + "(" + variable + "[" + names.get(0) + "])");
                }
            });
        }
        out.stream().distinct().filter(draft::isNew).forEach(predicates::add);
    }

    /** The set TypeOK gives a variable, or its functions' entries when {@code entry}; null for neither. */
    private String kind(String variable, boolean entry) {
        String set = shapes.get(variable);
        if (set == null) {
            return null;
        }
        String s = unparenthesised(set.strip());
        if (!entry) {
            return spaced(s);
        }
        Matcher functions = FUNCTIONS.matcher(s);
        return functions.matches() ? spaced(unparenthesised(functions.group(2).strip())) : null;
    }
}
