package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import dev.invar.tlc.ModuleOutline;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A predicate grammar while {@link GrammarInference} infers it: the spec it is read from, the variables of its prefix,
 * the atoms found so far, and the atoms about integers, orders, relations and sums that are gathered along the way and
 * stated at the end. Each part of the inference ({@link TypeAtoms}, {@link PropertyAtoms}, {@link ActionAtoms} and the
 * others) adds to it.
 */
final class GrammarDraft {
    private final ModuleOutline outline;
    /** Each variable's set in the type invariant. */
    private final Map<String, String> types;
    private final SetSyntax sets;
    /** Every definition of the spec, one after another: where the spec's uses of a name are looked for. */
    private final String specText;
    /** Each variable's set as its atoms read it (see {@link SetSyntax#shape}). */
    private final Map<String, String> shapes = new LinkedHashMap<>();
    private final Set<String> atoms = new LinkedHashSet<>();
    private final IntegerAtoms integers;
    private final OrderAtoms orders;
    private final RelationAtoms relations;
    private final SumAtoms sums;
    private final GrammarVariables variables;

    GrammarDraft(ModuleOutline outline, Map<String, String> types) {
        this.outline = outline;
        this.types = types;
        this.sets = new SetSyntax(outline);
        this.specText = String.join("\n", outline.definitions().values());
        this.integers = new IntegerAtoms(outline);
        this.orders = new OrderAtoms(outline);
        this.relations = new RelationAtoms(outline);
        this.sums = new SumAtoms(outline);
        this.variables = new GrammarVariables(outline, sets, relations);
        types.forEach((variable, set) -> shapes.put(variable, sets.shape(set)));
    }

    ModuleOutline outline() {
        return outline;
    }

    SetSyntax sets() {
        return sets;
    }

    String specText() {
        return specText;
    }

    Map<String, String> shapes() {
        return shapes;
    }

    /** The atoms found so far, in the order found. */
    Set<String> atoms() {
        return atoms;
    }

    IntegerAtoms integers() {
        return integers;
    }

    OrderAtoms orders() {
        return orders;
    }

    RelationAtoms relations() {
        return relations;
    }

    SumAtoms sums() {
        return sums;
    }

    GrammarVariables variables() {
        return variables;
    }

    /** The atom made defined in every type-correct state (see {@link DomainGuard}). */
    String guarded(String atom) {
        return DomainGuard.guarded(atom, outline, types);
    }

    /** Whether an atom says something no atom says yet: {@code ~p} says nothing new when {@code p} is an atom. */
    boolean isNew(String atom) {
        String a = atom.strip();
        return !(a.startsWith("~") && atoms.contains(unparenthesised(a.substring(1).strip())));
    }
}
