package dev.invar.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JunctionsTest {

    @Test
    void readsBulletedAndInfixConjunctions() {
        String typeOk = """
                /\\ rmState \\in [RM -> {"working", "prepared"}]
                    /\\ tmPrepared \\subseteq RM
                    /\\ \\A r \\in RM : /\\ r # 1
                                      /\\ r # 2""";
        assertEquals(List.of("rmState \\in [RM -> {\"working\", \"prepared\"}]", "tmPrepared \\subseteq RM",
                "\\A r \\in RM : /\\ r # 1 /\\ r # 2"),
                Junctions.conjuncts(typeOk).stream().map(c -> c.replaceAll("\\s+", " ")).toList());
        assertEquals(List.of("x = 1", "(y /\\ z)", "\\A i \\in S : a /\\ b"), Junctions.conjuncts("x = 1 /\\ (y /\\ z) /\\ \\A i \\in S : a /\\ b"));
    }

    @Test
    void putsABulletedListOnOneLineWithItsItemsInParenthesesOrSaysItCannot() {
        String retry = """
                \\/ idx[i] # i /\\ flag[idx[i]] = "active"
                   \\/ /\\ idx[i] = N - 1
                      /\\ ~(turn = i \\/ flag[turn] = "idle")""";
        assertEquals("(idx[i] # i /\\ flag[idx[i]] = \"active\") \\/ ((idx[i] = N - 1) /\\ (~(turn = i \\/ flag[turn] = \"idle\")))",
                Junctions.oneLine(retry).orElseThrow());
        assertEquals("x' = IF y THEN 1 ELSE 2", Junctions.oneLine("x' = IF y\n  THEN 1\n  ELSE 2").orElseThrow());
        // A list that runs to the end of a negation or a quantifier's body is parenthesised; one in brackets is not told.
        assertEquals("\\E m \\in msgs : ((m.a) /\\ (m.b))", Junctions.oneLine("\\E m \\in msgs : /\\ m.a\n                 /\\ m.b").orElseThrow());
        assertEquals("~ ((x = 1) /\\ (y = 2))", Junctions.oneLine("~ /\\ x = 1\n  /\\ y = 2").orElseThrow());
        assertTrue(Junctions.oneLine("(/\\ a\n /\\ b) \\/ c").isEmpty());
    }

    @Test
    void expandsNextIntoActionsDistributingExistentials() {
        Map<String, String> definitions = Map.of(
                "Next", "TMNext \\/ RMNext \\/ Finished",
                "TMNext", "\\/ TMCommit\n    \\/ \\E r \\in RM : TMRcvPrepared(r)",
                "RMNext", "\\E r \\in RM :\n        \\/ RMPrepare(r)\n        \\/ RMChooseToAbort(r)",
                "Finished", "/\\ done\n    /\\ UNCHANGED vars",
                "TMCommit", "/\\ tmState' = \"committed\"");
        assertEquals(List.of("TMCommit", "\\E r \\in RM : TMRcvPrepared(r)", "\\E r \\in RM : RMPrepare(r)",
                "\\E r \\in RM : RMChooseToAbort(r)", "Finished"), Junctions.actions("Next", definitions));
    }
}
