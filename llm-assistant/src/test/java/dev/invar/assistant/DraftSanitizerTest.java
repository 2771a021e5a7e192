package dev.invar.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DraftSanitizerTest {

    private static String clean(String raw) {
        DraftSanitizer.Cleaned cleaned = DraftSanitizer.expression(raw);
        assertTrue(cleaned.isAccepted(), () -> "refused: " + cleaned.refusal().orElse("") + " for " + raw);
        return cleaned.expression();
    }

    private static String refusal(String raw) {
        DraftSanitizer.Cleaned cleaned = DraftSanitizer.expression(raw);
        assertFalse(cleaned.isAccepted(), () -> "accepted: " + cleaned.expression());
        return cleaned.refusal().orElseThrow();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '\'', value = {
            "a ∧ b ~> a /\\ b",
            "a ∨ b ~> a \\/ b",
            "¬a ~> ~a",
            "a ⇒ b ~> a => b",
            "x ≠ y ~> x # y",
            "x ∈ S ~> x \\in S",
            "x ∉ S ~> x \\notin S",
            "x ≤ y ~> x <= y",
            "x ≥ y ~> x >= y",
            "S ⊆ T ~> S \\subseteq T",
            "∀ p ∈ P : q ~> \\A p \\in P : q",
            "∃ p ∈ P : q ~> \\E p \\in P : q",
            "S ∪ T ~> S \\cup T",
            "S ∩ T ~> S \\cap T",
            "x′ = x ~> x' = x",
            "⟨a, b⟩ ≡ t ~> <<a, b>> <=> t",
            "f = [p ∈ P ↦ 0] ~> f = [p \\in P |-> 0]",
    })
    void rewritesUnicodeOperatorsToAscii(String unicode, String ascii) {
        assertEquals(ascii, clean(unicode));
    }

    @Test
    void keepsWordOperatorsApartFromTheirOperands() {
        assertEquals("\\A p \\in Procs : pc[p] # \"cs\" \\/ x \\notin S", clean("∀p∈Procs : pc[p] ≠ \"cs\" ∨ x∉S"));
    }

    @Test
    void keepsJunctionListsAlignedWhenBulletsWiden() {
        // ∧ and ∨ take one column, /\ and \/ two: the nested disjunction must stay under its first bullet.
        String unicode = "∧ x ∈ S\n∧ ∨ a\n  ∨ b\n∧ y";
        assertEquals("/\\ x \\in S\n/\\ \\/ a\n   \\/ b\n/\\ y", clean(unicode));
    }

    @Test
    void takesTheExpressionOutOfACodeFenceAndTheProseAroundIt() {
        String reply = "Here is the invariant:\n```tla\nMutex == \\A p, q \\in Procs : p # q => ~(cs[p] /\\ cs[q])\n```\n"
                + "This ensures that no two processes are in the critical section.";
        assertEquals("\\A p, q \\in Procs : p # q => ~(cs[p] /\\ cs[q])", clean(reply));
    }

    @Test
    void dropsProseLinesAndLabelsButNotTlaLines() {
        assertEquals("count >= 0", clean("The counter never goes negative.\ncount >= 0"));
        assertEquals("count >= 0", clean("Invariant: count >= 0"));
        assertEquals("CHOOSE x \\in S : TRUE", clean("CHOOSE x \\in S : TRUE"));
        assertEquals("IF ready THEN done ELSE waiting", clean("IF ready THEN done ELSE waiting"));
        assertFalse(DraftText.isProse("count - sent - received - lost"));
        assertTrue(DraftText.isProse("This keeps the ledger balanced."));
    }

    @Test
    void takesInlineCodeOutOfASentence() {
        assertEquals("x >= 0", clean("Use `x >= 0` as the invariant"));
    }

    @Test
    void dropsADefinitionHeadAndKeepsTheBulletsAligned() {
        assertEquals("/\\ a\n/\\ b", clean("Inv == /\\ a\n       /\\ b"));
        assertEquals("/\\ a\n/\\ b", clean("Inv ≜ ∧ a\n      ∧ b"));
    }

    @Test
    void removesCommentsAndTrailingPunctuationButNotRanges() {
        assertEquals("x >= 0", clean("x >= 0 \\* never negative"));
        assertEquals("x = 1", clean("(* the start *) x = 1").strip());
        assertEquals("x >= 0", clean("x >= 0."));
        assertEquals("x \\in 1..N", clean("x \\in 1..N"));
        assertEquals("msg = \"a \\* b\"", clean("msg = \"a \\* b\""));
    }

    static List<String> refusedOperators() {
        return List.copyOf(new java.util.TreeSet<>(DraftSanitizer.REFUSED_OPERATORS));
    }

    @ParameterizedTest
    @MethodSource("refusedOperators")
    void refusesOperatorsThatActOutsideTheModel(String operator) {
        String reason = refusal("x = 1 /\\ " + operator + "(<<\"sh\", \"-c\", \"id\">>) = 0");
        assertTrue(reason.contains(operator), reason);
    }

    @Test
    void refusesDangerousOperatorsHoweverTheyAreWritten() {
        assertTrue(refusal("TRUE /\\IOExec(<<\"id\">>).exitValue = 0").contains("IOExec"));
        assertTrue(refusal("IOUtils!IOEnv.HOME = \"x\"").contains("IOEnv"));
        assertTrue(refusal("```\nLET r == IOEnvExec([a |-> 1], <<\"id\">>) IN TRUE\n```").contains("IOEnvExec"));
        assertTrue(refusal("ndJsonSerialize(\"out.json\", <<x>>)").contains("ndJsonSerialize"));
    }

    @Test
    void refusesModuleSyntaxThatWouldEscapeTheDefinition() {
        assertTrue(refusal("TRUE\n====\n---- MODULE Evil ----\nx == 1").contains("module-level"));
        assertTrue(refusal("TRUE\n=====").contains("module-level"));
    }

    @Test
    void refusesWhatIsNotTlaPlus() {
        assertTrue(refusal("x ≺ y").contains("U+227A"));
        assertTrue(refusal("").contains("empty"));
        assertTrue(refusal("This invariant says that the ledger stays balanced.").contains("no TLA+"));
        assertTrue(refusal("x = 1 /\\ " + "y = 2 /\\ ".repeat(600) + "TRUE").contains("longer"));
    }

    @Test
    void screensABatchIntoUniqueNamesAndDropsRepeats() {
        List<Candidate> drafts = List.of(
                new Candidate("no two leaders!", "Cardinality(leaders) ≤ 1", "Safety", "  one\n leader ", "t"),
                new Candidate("no two leaders", "Cardinality(leaders)  <= 1", "safety", "again", "t"),
                new Candidate("no two leaders", "term >= 0", "", "", "t"),
                new Candidate("", "x = IOExec(<<\"id\">>)", "safety", "", "t"),
                new Candidate("1st", "y >= 0", "TYPE", "", "t"));
        DraftSanitizer.Screening screening = DraftSanitizer.screen(drafts);

        assertEquals(List.of("no_two_leaders", "no_two_leaders_2", "Inv_1st"),
                screening.accepted().stream().map(Candidate::name).toList());
        Candidate first = screening.accepted().get(0);
        assertEquals("Cardinality(leaders) <= 1", first.expression());
        assertEquals("safety", first.kind());
        assertEquals("one leader", first.rationale());
        assertEquals("t", first.drafter());
        assertEquals("safety", screening.accepted().get(1).kind());
        assertEquals("type", screening.accepted().get(2).kind());

        assertEquals(2, screening.refused().size());
        assertEquals("repeats the expression of no_two_leaders", screening.refused().get(0).reason());
        assertTrue(screening.refused().get(1).reason().contains("IOExec"));
        assertEquals("x = IOExec(<<\"id\">>)", screening.refused().get(1).draft().expression());
    }
}
