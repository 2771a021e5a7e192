package dev.invar.assistant.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.invar.tlc.ModuleOutline;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Splitting a definition into the conjuncts whose values explain a violation, keeping the source's columns. */
class ConjunctsTest {
    private static String body(String definitions) {
        String module = "---- MODULE M ----\n" + definitions + "\n====";
        return PropertyDefinition.inPlace(module, "Inv", ModuleOutline.of(module).definition("Inv").orElseThrow());
    }

    private static List<String> shown(String body) {
        return Conjuncts.of(body).stream().map(Conjuncts::shown).toList();
    }

    @Test
    void aBulletListSplitsAtItsOwnColumnOnlyKeepingNestedListsWholeAndInPlace() {
        String inv = body("Inv ==\n    /\\ x \\in 0..3\n    /\\ \\/ y = 1\n       \\/ /\\ y = 2\n          /\\ x > 0\n    /\\ z = {}");

        assertEquals(List.of("x \\in 0..3", "\\/ y = 1\n\\/ /\\ y = 2\n   /\\ x > 0", "z = {}"), shown(inv),
                "shown moved left, alignment kept");
        assertEquals("       \\/ y = 1\n       \\/ /\\ y = 2\n          /\\ x > 0", Conjuncts.of(inv).get(1),
                "the item's first line stands where it stood in the module");
    }

    @Test
    void aFirstBulletOnTheHeaderLineKeepsItsColumn() {
        String inv = body("Inv == /\\ a = 1\n       /\\ \\/ b = 2\n          \\/ c = 3");

        assertEquals(List.of("a = 1", "\\/ b = 2\n\\/ c = 3"), shown(inv));
        assertEquals("((b=2)\\/(c=3))", structure(OneLine.of(Conjuncts.of(inv).get(1))));
    }

    @Test
    void anInfixConjunctionSplitsOutsideBracketsAndStringsAndStopsAtABinder() {
        assertEquals(List.of("holder \\subseteq Procs", "f[<<a /\\ b>>] = \"x /\\ y\"", "\\A p \\in Procs : pc[p] = 1 /\\ q"),
                Conjuncts.of("holder \\subseteq Procs /\\ f[<<a /\\ b>>] = \"x /\\ y\" /\\ \\A p \\in Procs : pc[p] = 1 /\\ q"));
    }

    @Test
    void aQuantifiedBodyIsOneConjunctWhoseBoundNamesDomainAndPlacedBodyAreRead() {
        String consistent = body("Inv ==\n    \\A r1, r2 \\in RM : ~ /\\ rmState[r1] = \"committed\"\n"
                + "                         /\\ rmState[r2] = \"aborted\"");

        assertEquals(List.of(consistent), Conjuncts.of(consistent));
        Conjuncts.Universal u = Conjuncts.Universal.of(consistent).orElseThrow();
        assertEquals(List.of("r1", "r2"), u.names());
        assertEquals("RM", u.domain());
        assertEquals("                       ~ /\\ rmState[r1] = \"committed\"\n"
                + "                         /\\ rmState[r2] = \"aborted\"", u.body());
        assertEquals(Optional.empty(), Conjuncts.Universal.of("\\A p \\in 1..N : x[p] = 0"), "only over a constant set");
    }

    @Test
    void aOneLineBulletIsAnInfixConjunction() {
        assertEquals(List.of("a = 1", "b = 2"), Conjuncts.of("/\\ a = 1 /\\ b = 2"));
    }

    @Test
    void bulletListsBecomeParenthesisedSoOneLineMeansTheSame() {
        assertEquals("((a)\\/(((b)/\\(c))))", structure(OneLine.of("   \\/ a\n   \\/ /\\ b\n      /\\ c")));
        assertEquals("((((a)\\/(b)))/\\(c))", structure(OneLine.of("/\\ \\/ a\n   \\/ b\n/\\ c")));
        assertEquals("~((rmState[r1]=\"committed\")/\\(rmState[r2]=\"aborted\"))",
                structure(OneLine.of("                       ~ /\\ rmState[r1] = \"committed\"\n"
                        + "                         /\\ rmState[r2] = \"aborted\"")));
        assertEquals("f[x]=(((a)/\\(b)))", structure(OneLine.of("f[x] = (/\\ a\n        /\\ b)")));
        assertEquals("x /\\ y", OneLine.of("x /\\ y"), "one line stays as it is");
    }

    /** Spaces do not change what TLA+ means here; the grouping does. */
    private static String structure(String text) {
        return text.replace(" ", "");
    }
}
