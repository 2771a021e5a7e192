package dev.invar.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleOutlineTest {
    private static final ModuleOutline LABELS = ModuleOutline.of("""
            ---- MODULE Labels ----
            CONSTANT Proc
            VARIABLES pc, flag
            Labels == {"L0", "L1", "flag"}
            L0(p) == pc[p] = "L0" /\\ pc' = [pc EXCEPT ![p] = "L1"] /\\ UNCHANGED flag
            L1(p) == pc[p] = "L1" /\\ flag' = [flag EXCEPT ![p] = TRUE] /\\ pc' = [pc EXCEPT ![p] = "L0"]
            Next == \\E p \\in Proc : L0(p) \\/ L1(p)
            ====
            """);

    @Test
    void aControlPointNamedAsItsActionIsAGuardNotAnAction() {
        assertFalse(LABELS.changesState("pc[p] = \"L0\""));
        assertTrue(LABELS.changesState("L0(p)"));
    }

    @Test
    void aStringNamesNoVariableAndASetOfStringsIsConstant() {
        assertEquals(Set.of("pc"), LABELS.variablesUsed("pc[p] = \"flag\""));
        assertTrue(LABELS.isConstant("Labels"));
    }
}
