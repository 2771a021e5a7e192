package dev.invar.assistant.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aSequenceOfAnInfiniteSetGetsClausesOverItsReachableValues(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path spec = dir.resolve("Log.tla");
        java.nio.file.Files.writeString(spec, """
                ---- MODULE Log ----
                EXTENDS Naturals, Sequences
                VARIABLE log
                TypeOK == log \\in Seq(0..1)
                Init == log = <<>>
                Next == Len(log) < 2 /\\ log' = Append(log, 0)
                ====
                """);
        java.nio.file.Files.writeString(dir.resolve("Log.cfg"), "INIT Init\nNEXT Next\nINVARIANT TypeOK\n");
        List<String> clauses = ReachableClauses.of(InductiveCheckTest.RUNNER, dev.invar.tlc.CheckRequest.builder(spec).build(),
                "TypeOK", 2, 100);
        // Seq(0..1) has no end, but the reachable logs do: 0 is appended, never 1.
        assertTrue(clauses.contains("~(\\E k \\in DOMAIN log : log[k] = 1)"), clauses.toString());
        assertTrue(clauses.stream().noneMatch(c -> c.startsWith("()")), clauses.toString());
    }
}
