package dev.invar.assistant.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which mutants a spec's shape gives rise to, and what each changes (no TLC: the texts alone). */
class MutantsTest {
    /** Every shape: guards, UNCHANGED, a quorum used as a domain and in a guard, a message removed. */
    static final String ALL_SHAPES = """
            ---- MODULE Shapes ----
            EXTENDS FiniteSets, Integers
            CONSTANT Node
            VARIABLES msgs, decided, round
            vars == <<msgs, decided, round>>
            Quorum == {Q \\in SUBSET Node : 2 * Cardinality(Q) > Cardinality(Node)}
            Init == /\\ msgs = {}
                    /\\ decided = {}
                    /\\ round \\in 0..1
            \\* A node proposes: one message per node and round.
            Send(n) == /\\ round < 2
                       /\\ msgs' = msgs \\cup {<<n, round>>}
                       /\\ UNCHANGED <<decided, round>>
            (* Deliver a message; UNCHANGED msgs here is only a comment. *)
            Deliver(m) == /\\ m \\in msgs
                          /\\ msgs' = msgs \\ {m}
                          /\\ round' = round + 1
                          /\\ UNCHANGED decided
            Decide(q) == /\\ q \\in Quorum
                         /\\ decided' = decided \\cup q
                         /\\ UNCHANGED <<msgs, round>>
            Next == \\/ \\E n \\in Node : Send(n)
                    \\/ \\E m \\in msgs : Deliver(m)
                    \\/ \\E q \\in Quorum : Decide(q)
                    \\/ UNCHANGED vars
            ====
            """;

    private static Set<Mutants.Kind> kinds(List<Mutants.Mutant> mutants) {
        return mutants.stream().map(Mutants.Mutant::kind).collect(Collectors.toSet());
    }

    private static List<Mutants.Mutant> ofKind(String spec, Mutants.Kind kind) {
        return Mutants.of(spec, 100).stream().filter(m -> m.kind() == kind).toList();
    }

    @Test
    void aSpecWithEveryShapeGetsEveryKind() {
        assertEquals(Set.of(Mutants.Kind.values()), kinds(Mutants.of(ALL_SHAPES, 100)));
    }

    @Test
    void theCapTakesEveryKindBeforeASecondOfAny() {
        List<Mutants.Mutant> four = Mutants.of(ALL_SHAPES, 4);
        assertEquals(Set.of(Mutants.Kind.values()), kinds(four), four.toString());
    }

    @Test
    void aForgottenVariableIsResetToItsInitialValue() {
        List<Mutants.Mutant> unchanged = ofKind(ALL_SHAPES, Mutants.Kind.UNCHANGED);
        List<String> descriptions = unchanged.stream().map(Mutants.Mutant::description).toList();
        // round is set by Init with \in, not =: never reset; the commented UNCHANGED msgs is not touched.
        assertTrue(descriptions.stream().noneMatch(d -> d.contains("reset round")), descriptions.toString());
        assertEquals(List.of("Send: reset decided to {} instead of leaving it unchanged",
                "Deliver: reset decided to {} instead of leaving it unchanged",
                "Decide: reset msgs to {} instead of leaving it unchanged",
                "Next: reset msgs to {} instead of leaving it unchanged",
                "Next: reset decided to {} instead of leaving it unchanged"), descriptions.stream().sorted(
                        (a, b) -> order(a) - order(b)).toList());
        String send = unchanged.stream().filter(m -> m.description().startsWith("Send")).findFirst().orElseThrow().moduleText();
        assertTrue(send.contains("Initial_decided == {}\nSend(n) ==") && send.contains(
                "/\\ (UNCHANGED <<round>> /\\ decided' = Initial_decided)"), send);
        assertTrue(unchanged.stream().anyMatch(m -> m.moduleText().contains("\\/ (UNCHANGED <<decided, round>> /\\ msgs' = Initial_msgs)")));
    }

    private static int order(String description) {
        return List.of("Send", "Deliver", "Decide", "Next").indexOf(description.substring(0, description.indexOf(':')));
    }

    @Test
    void aQuorumIsWidenedAtEachUseInAnAction() {
        List<Mutants.Mutant> widened = ofKind(ALL_SHAPES, Mutants.Kind.WIDENED_SET);
        assertEquals(2, widened.size(), widened.toString());
        assertTrue(widened.stream().anyMatch(m -> m.moduleText().contains("\\E q \\in (SUBSET Node) : Decide(q)")));
        assertTrue(widened.stream().anyMatch(m -> m.moduleText().contains("/\\ q \\in (SUBSET Node)\n")));
        assertTrue(widened.stream().allMatch(m -> m.moduleText().contains(
                "Quorum == {Q \\in SUBSET Node : 2 * Cardinality(Q) > Cardinality(Node)}")), "the definition itself stays");
    }

    @Test
    void aRemovedMessageIsKept() {
        List<Mutants.Mutant> duplicated = ofKind(ALL_SHAPES, Mutants.Kind.DUPLICATED_MESSAGE);
        assertEquals(1, duplicated.size(), duplicated.toString());
        assertTrue(duplicated.get(0).moduleText().contains("/\\ msgs' = msgs\n"), duplicated.get(0).moduleText());
        assertEquals("Deliver: keep what it removes from msgs (msgs \\ {m})", duplicated.get(0).description());
    }

    @Test
    void aRemovalInsideAUnionKeepsTheRestOfIt() {
        String spec = ALL_SHAPES.replace("msgs' = msgs \\ {m}", "msgs' = (msgs \\ {m}) \\cup {<<m, 0>>}");
        List<Mutants.Mutant> duplicated = ofKind(spec, Mutants.Kind.DUPLICATED_MESSAGE);
        assertEquals(1, duplicated.size());
        assertTrue(duplicated.get(0).moduleText().contains("/\\ msgs' = (msgs) \\cup {<<m, 0>>}\n"), duplicated.get(0).moduleText());
    }

    @Test
    void aRemovalInAHelperAnActionCallsIsKeptToo() {
        String spec = ALL_SHAPES.replace("(* Deliver a message;", """
                Forget(S) == msgs' = msgs \\ S
                (* Deliver a message;""").replace("/\\ msgs' = msgs \\ {m}", "/\\ Forget({m})");
        List<Mutants.Mutant> duplicated = ofKind(spec, Mutants.Kind.DUPLICATED_MESSAGE);
        assertEquals(List.of("Forget: keep what it removes from msgs (msgs \\ S)"),
                duplicated.stream().map(Mutants.Mutant::description).toList());
        assertTrue(duplicated.get(0).moduleText().contains("Forget(S) == msgs' = msgs\n"), duplicated.get(0).moduleText());
    }

    @Test
    void aSpecWithoutTheShapeGetsNoneOfThatKind() {
        String noShapes = """
                ---- MODULE Counter ----
                EXTENDS Integers
                CONSTANT Limit
                VARIABLES x, y
                Small == {n \\in 0..Limit : n < x}
                Init == x \\in 0..1 /\\ y \\in 0..1
                Inc == /\\ x < Limit
                       /\\ x' = x + 1
                       /\\ UNCHANGED y
                Dec == /\\ y' = y - 1
                       /\\ x' = x \\cup {y}
                Next == Inc \\/ Dec
                ====
                """;
        // No Init equation to reset to; Small reads a variable (not constant-level) and no action uses it;
        // x' = x \\cup … adds rather than removes.
        assertEquals(Set.of(Mutants.Kind.GUARD), kinds(Mutants.of(noShapes, 100)), Mutants.of(noShapes, 100).toString());
    }
}
