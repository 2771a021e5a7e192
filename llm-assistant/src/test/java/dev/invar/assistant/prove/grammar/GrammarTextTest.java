package dev.invar.assistant.prove.grammar;

import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the inference reads pieces of a spec's text: relations, filtered sets, LETs. */
class GrammarTextTest {
    @Test
    void aRelationIsAFormulaComparingItsParameters() {
        assertTrue(RelationAtoms.isFormula("IF a < c THEN a < b /\\ b < c ELSE a < b \\/ b < c"));
        assertTrue(RelationAtoms.isFormula("(a <= b)"));
        assertTrue(RelationAtoms.isFormula("IF a THEN IF b THEN x = 1 ELSE FALSE ELSE y # 2"));
        assertFalse(RelationAtoms.isFormula("IF a > b THEN a ELSE b"));
        assertFalse(RelationAtoms.isFormula("<<a, b>>"));
        assertFalse(RelationAtoms.isFormula("[x \\in S |-> a]"));
        assertFalse(RelationAtoms.isFormula("a + b"));
    }

    @Test
    void aSetOfRecordsFilteredByAConditionIsReadAsTheRecords() {
        assertEquals(Optional.of("[src : Node, dst : Node]"), SetSyntax.filtered("{r \\in [src : Node, dst : Node] : r.src # r.dst}"));
    }

    @Test
    void anActionsLetIsReadThrough() {
        // The LET ... IN becomes spaces, so that the conjunction list after it keeps its column.
        assertEquals("             \n    /\\ (x[1]) > 0", LetInlining.inlined("LET y == x[1]\nIN  /\\ y > 0"));
    }
}
