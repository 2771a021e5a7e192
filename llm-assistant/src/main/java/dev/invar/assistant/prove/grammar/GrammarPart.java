package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.ModuleOutline;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One part of the inference of a grammar ({@link GrammarInference}): it reads the spec through the draft it is given
 * and adds atoms to it.
 */
abstract class GrammarPart {
    protected final GrammarDraft draft;
    protected final ModuleOutline outline;
    protected final SetSyntax sets;
    /** Every definition of the spec, one after another. */
    protected final String specText;
    /** Each variable's set as its atoms read it. */
    protected final Map<String, String> shapes;
    /** The atoms found so far. */
    protected final Set<String> predicates;
    protected final IntegerAtoms integers;
    protected final OrderAtoms orders;
    protected final RelationAtoms relations;
    protected final SumAtoms sums;
    protected final GrammarVariables variables;
    /** The prefix's universal variables so far, by set. */
    protected final Map<String, List<String>> bound;

    protected GrammarPart(GrammarDraft draft) {
        this.draft = draft;
        this.outline = draft.outline();
        this.sets = draft.sets();
        this.specText = draft.specText();
        this.shapes = draft.shapes();
        this.predicates = draft.atoms();
        this.integers = draft.integers();
        this.orders = draft.orders();
        this.relations = draft.relations();
        this.sums = draft.sums();
        this.variables = draft.variables();
        this.bound = draft.variables().bound();
    }
}
