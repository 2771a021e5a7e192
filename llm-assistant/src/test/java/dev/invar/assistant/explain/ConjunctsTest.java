package dev.invar.assistant.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.invar.tlc.ModuleOutline;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Splitting a definition into the conjuncts whose values explain a violation. */
class ConjunctsTest {
    private static String body(String module) {
        return ModuleOutline.of("---- MODULE M ----\n" + module + "\n====").definition("Inv").orElseThrow();
    }

    @Test
    void aBulletListSplitsAtItsOwnColumnOnlyKeepingNestedListsWhole() {
        String inv = body("Inv ==\n    /\\ x \\in 0..3\n    /\\ \\/ y = 1\n       \\/ /\\ y = 2\n          /\\ x > 0\n    /\\ z = {}");

        assertEquals(List.of("x \\in 0..3", "\\/ y = 1\n       \\/ /\\ y = 2\n          /\\ x > 0", "z = {}"),
                Conjuncts.of(inv));
    }

    @Test
    void anInfixConjunctionSplitsOutsideBracketsAndStringsAndStopsAtABinder() {
        assertEquals(List.of("holder \\subseteq Procs", "f[<<a /\\ b>>] = \"x /\\ y\"", "\\A p \\in Procs : pc[p] = 1 /\\ q"),
                Conjuncts.of("holder \\subseteq Procs /\\ f[<<a /\\ b>>] = \"x /\\ y\" /\\ \\A p \\in Procs : pc[p] = 1 /\\ q"));
    }

    @Test
    void aQuantifiedBodyIsOneConjunctWhoseBoundNamesAndDomainAreRead() {
        String consistent = "\\A r1, r2 \\in RM : ~ /\\ rmState[r1] = \"committed\"\n                         /\\ rmState[r2] = \"aborted\"";

        assertEquals(List.of(consistent), Conjuncts.of(consistent));
        Conjuncts.Universal u = Conjuncts.Universal.of(consistent).orElseThrow();
        assertEquals(List.of("r1", "r2"), u.names());
        assertEquals("RM", u.domain());
        assertEquals(Optional.empty(), Conjuncts.Universal.of("\\A p \\in 1..N : x[p] = 0"), "only over a constant set");
    }

    @Test
    void aOneLineBulletIsAnInfixConjunction() {
        assertEquals(List.of("a = 1", "b = 2"), Conjuncts.of("/\\ a = 1 /\\ b = 2"));
    }
}
