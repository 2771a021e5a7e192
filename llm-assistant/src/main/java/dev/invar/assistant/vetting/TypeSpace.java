package dev.invar.assistant.vetting;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.PredicateEvaluation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every state TypeOK allows, as a model to evaluate predicates over: TypeOK is the initial predicate and
 * the next-state relation changes nothing. A predicate that holds on all of these states says nothing
 * TypeOK does not already say: it is a fact about types, not about the protocol.
 */
public final class TypeSpace {
    /** Beyond this the space is deemed too large to enumerate, and implication by TypeOK is left undecided. */
    public static final Duration LIMIT = Duration.ofSeconds(20);

    private TypeSpace() {
    }

    /**
     * @param model the model whose constants (from its config and overrides) bound the types
     * @param variables the spec's variables, all left unchanged by the next-state relation
     */
    public static CheckRequest of(CheckRequest model, List<String> variables) {
        return of(model, variables, "TypeOK");
    }

    /**
     * Like {@link #of(CheckRequest, List)}, with TypeOK read from the spec's outline so that TLC can enumerate
     * it: TLC generates {@code v \in SUBSET S} but not {@code v \subseteq S}, so a conjunct of that form is
     * rewritten. A TypeOK defined elsewhere (an EXTENDed module) is used by name.
     */
    public static CheckRequest of(CheckRequest model, ModuleOutline spec) {
        return of(model, spec.variables(), spec.definition("TypeOK").map(d -> enumerable(d, spec.variables())).orElse("TypeOK"));
    }

    /** TypeOK's definition as one expression where every {@code v \subseteq S} conjunct of a variable reads {@code v \in SUBSET (S)}. */
    static String enumerable(String definition, List<String> variables) {
        String code = definition.replaceAll("(?s)\\(\\*.*?\\*\\)", " ");
        StringBuilder out = new StringBuilder("(");
        for (String line : code.split("\n")) {
            String text = line.replaceAll("\\\\\\*.*$", "");
            for (String v : variables) {
                Matcher m = Pattern.compile("^(\\s*(?:/\\\\)?\\s*)" + Pattern.quote(v) + "\\s*\\\\subseteq\\s*(.+?)\\s*$").matcher(text);
                if (m.matches()) {
                    text = m.group(1) + v + " \\in SUBSET (" + m.group(2) + ")";
                }
            }
            out.append(' ').append(text.strip());
        }
        return out.append(" )").toString();
    }

    private static CheckRequest of(CheckRequest model, List<String> variables, String typeOk) {
        return model.toBuilder().timeout(LIMIT)
                .overrides(new ModelOverrides(model.overrides().constants(), List.of(), List.of(), Optional.of(typeOk),
                        Optional.of("UNCHANGED <<" + String.join(", ", variables) + ">>"), Optional.empty(), Optional.of(false)))
                .build();
    }

    /** Whether the evaluation over the type space shows that TypeOK alone implies predicate {@code index}. */
    public static boolean impliedByTypeOK(PredicateEvaluation overTypeSpace, int index) {
        return overTypeSpace.exhaustive() && overTypeSpace.verdicts().get(index).holds();
    }
}
