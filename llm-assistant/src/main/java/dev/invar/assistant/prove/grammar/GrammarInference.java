package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Infers a predicate grammar from the spec alone, with no hand-written predicates: the sets TypeOK gives the variables
 * say what atoms can be stated about them ({@link TypeAtoms}); the safety property and the spec's other invariants
 * give their parts ({@link PropertyAtoms}); the actions give their guards and effects ({@link ActionAtoms}); messages
 * that copy the state, elements the spec singles out and quantified atoms follow from those ({@link CopyAtoms},
 * {@link SingledOutAtoms}, {@link QuantifiedAtoms}); the spec's own predicates are applied to the grammar's variables
 * ({@link VocabularyAtoms}); integers, orders, relations and sums gathered on the way are
 * stated last. The constant sets the atoms range over get two quantified variables each ({@link GrammarVariables}),
 * and their equality is an atom too.
 */
public final class GrammarInference {
    private GrammarInference() {
    }

    /**
     * A grammar's prefix and atoms, as {@code PredicateGrammar} takes them.
     *
     * @param prefix the quantifiers of the lemmas, {@code \A VNODE1, VNODE2 \in Node : \E EQUORUM \in Quorum :}
     * @param predicates the atoms, each over the prefix's variables
     */
    public record Inferred(String prefix, List<String> predicates) {
    }

    /**
     * The grammar for the type-correct states of a spec, with the guards of the actions of {@code next} as atoms, and,
     * given a safety property, its parts as atoms too: the premise and conclusion of the implication under its
     * universal quantifiers, and their conjuncts and disjuncts, with the quantified names replaced by the grammar's
     * variables. A conclusion such as {@code \E q \in Request : <<n, q>> \in sent /\ <<q, p>> \in match} is then
     * an atom over {@code n, p}. The spec's other state invariants are taken apart the same way: to prove one
     * property, what the spec already states is given; a drafter, which looks for what the spec does not state, is
     * given neither.
     *
     * @param types each variable's set in the type invariant
     */
    public static Inferred infer(ModuleOutline outline, Map<String, String> types, String next, Optional<String> safety) {
        GrammarDraft draft = new GrammarDraft(outline, types);
        MemberAtoms members = new MemberAtoms(draft);
        SequenceAtoms sequences = new SequenceAtoms(draft);
        TypeAtoms type = new TypeAtoms(draft, members, sequences);
        PropertyAtoms property = new PropertyAtoms(draft);
        ActionAtoms actions = new ActionAtoms(draft, type);
        CopyAtoms copies = new CopyAtoms(draft, type);
        SingledOutAtoms singledOut = new SingledOutAtoms(draft, type);
        QuantifiedAtoms quantified = new QuantifiedAtoms(draft);
        KindAtoms kinds = new KindAtoms(draft);
        VocabularyAtoms vocabulary = new VocabularyAtoms(draft);
        ForeclosedQuorums foreclosed = new ForeclosedQuorums(draft);

        safety.ifPresent(property::quantifiedFirst);
        draft.shapes().forEach((variable, set) -> type.atoms(variable, set, 0));
        safety.ifPresent(p -> {
            property.property(p, 0);
            property.statedInvariants(p);
        });
        draft.atoms().addAll(members.projections());
        sequences.atoms();
        singledOut.readsAtIndex();
        copies.carried();
        actions.guards(next);
        foreclosed.atoms(actions.steps());
        safety.ifPresent(p -> property.preimages(p, actions.steps()));
        copies.copies();
        copies.snapshots();
        singledOut.distinguished();
        singledOut.subsets();
        kinds.atoms();
        vocabulary.atoms();
        quantified.unique();
        quantified.sides();
        draft.integers().operators(draft.specText());

        GrammarVariables variables = draft.variables();
        draft.atoms().addAll(draft.integers().atoms(variables.bound(), variables.bound().keySet().stream()
                .filter(draft.sets()::isNumeric).toList(), draft.atoms()));
        draft.atoms().addAll(draft.orders().atoms(variables.bound()));
        draft.atoms().addAll(draft.relations().atoms(variables.bound(), draft.sets()::isNumeric));
        draft.atoms().addAll(draft.sums().atoms());
        // Two variables of a set no other atom mentions are equal or not whatever the state: no atom.
        List<String> atoms = new ArrayList<>(variables.equalities().stream().filter(equality -> draft.atoms().stream()
                .anyMatch(a -> ExpressionText.mentions(a, equality.substring(0, equality.indexOf(' '))))).toList());
        draft.atoms().stream().map(type::guardedFields).flatMap(java.util.Optional::stream).forEach(atoms::add);
        return new Inferred(variables.prefix(), atoms);
    }
}
