package dev.invar.assistant.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReachableClausesTest {
    private static final List<String> VARIABLES = List.of("VRM1", "VRM2");

    @Test
    void clausesThatDifferOnlyInTheNamesOfTheirVariablesReadTheSame() {
        assertEquals("\\A VRM1 \\in RM : ~(rm[VRM1] = \"committed\")",
                ReachableClauses.canonical("\\A VRM2 \\in RM : ~(rm[VRM2] = \"committed\")", VARIABLES));
        String one = "\\A VRM1 \\in RM, VRM2 \\in RM : ~(rm[VRM1] = \"aborted\") \\/ ~(rm[VRM2] = \"committed\")";
        String other = "\\A VRM1 \\in RM, VRM2 \\in RM : ~(rm[VRM2] = \"aborted\") \\/ ~(rm[VRM1] = \"committed\")";
        assertEquals(ReachableClauses.canonical(one, VARIABLES), ReachableClauses.canonical(other, VARIABLES));
    }
}
