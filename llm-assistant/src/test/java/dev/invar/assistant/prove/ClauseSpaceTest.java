package dev.invar.assistant.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClauseSpaceTest {
    private static BitSet row(boolean... values) {
        BitSet row = new BitSet();
        for (int i = 0; i < values.length; i++) {
            row.set(i, values[i]);
        }
        return row;
    }

    /** Every row of four truth values but one, each a group of its own. */
    private static Set<Set<BitSet>> allRowsBut(int missing) {
        Set<Set<BitSet>> reachable = new java.util.HashSet<>();
        for (int bits = 0; bits < 16; bits++) {
            if (bits != missing) {
                reachable.add(Set.of(row((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0)));
            }
        }
        return reachable;
    }

    @Test
    void theValidClausesAreExactlyTheMinimalOnesNoReachableGroupFalsifies() {
        // Three predicates p0, p1, p2; reachable states (one row each): p0 => p1 holds, p2 varies freely.
        Set<Set<BitSet>> reachable = Set.of(Set.of(row(false, false, false)), Set.of(row(false, true, true)),
                Set.of(row(true, true, false)), Set.of(row(true, true, true)), Set.of(row(false, false, true)),
                Set.of(row(false, true, false)));
        ClauseSpace space = new ClauseSpace(3, 3, reachable);
        List<String> valid = space.valid(100).stream().map(ClauseSpaceTest::text).toList();
        assertEquals(List.of("~p0 \\/ p1"), valid);
    }

    @Test
    void aThreeLiteralClauseIsFoundOnlyWhenNoPairOfItHolds() {
        // p0 /\ p1 => p2 and nothing shorter.
        Set<Set<BitSet>> reachable = Set.of(Set.of(row(true, true, true)), Set.of(row(true, false, false)),
                Set.of(row(false, true, false)), Set.of(row(false, false, false)), Set.of(row(false, false, true)),
                Set.of(row(true, false, true)), Set.of(row(false, true, true)));
        assertEquals(List.of("~p0 \\/ ~p1 \\/ p2"), new ClauseSpace(3, 3, reachable).valid(100).stream().map(ClauseSpaceTest::text).toList());
        assertEquals(List.of(), new ClauseSpace(3, 2, reachable).valid(100));
    }

    @Test
    void aFourLiteralClauseIsFoundWhenFourAreAllowedAndNoThreeOfItHold() {
        // p0 /\ p1 /\ p2 => p3: every row but (true, true, true, false) is reachable.
        Set<Set<BitSet>> reachable = allRowsBut(0b0111);
        assertEquals(List.of("~p0 \\/ ~p1 \\/ ~p2 \\/ p3"),
                new ClauseSpace(4, 4, reachable).valid(100).stream().map(ClauseSpaceTest::text).toList());
        assertEquals(List.of(), new ClauseSpace(4, 3, reachable).valid(100));
    }

    @Test
    void whenFewTuplesFitTheOnesKeptAreThoseOfTheLiteralsTheCounterexamplesMakeFalse() {
        Set<Set<BitSet>> reachable = allRowsBut(0b0111);
        // Room for one open tuple of each size: in the literals' own order, it is one the clause does not grow from.
        ClauseSpace space = new ClauseSpace(4, 4, reachable, 1);
        assertEquals(List.of(), space.valid(100));
        List<List<BitSet>> ctis = List.of(List.of(space.falseLiterals(Set.of(row(true, true, true, false)))));
        assertEquals(List.of("~p0 \\/ ~p1 \\/ ~p2 \\/ p3"), space.valid(100, ctis).stream().map(ClauseSpaceTest::text).toList());
    }

    @Test
    void grownTowardCounterexamplesTheClausesAreThoseThatRuleOneOutEachCounterexampleInTurn() {
        // Two rows unreachable, so two valid clauses of four literals: p0 /\ p1 /\ p2 => p3, and ~p0 /\ ~p1 /\ ~p2 => ~p3.
        Set<Set<BitSet>> reachable = new java.util.HashSet<>(allRowsBut(0b0111));
        reachable.remove(Set.of(row(false, false, false, true)));
        ClauseSpace space = new ClauseSpace(4, 4, reachable, 1);
        List<BitSet> first = List.of(space.falseLiterals(Set.of(row(true, true, true, false))));
        List<BitSet> second = List.of(space.falseLiterals(Set.of(row(false, false, false, true))));
        assertEquals(List.of("~p0 \\/ ~p1 \\/ ~p2 \\/ p3"), space.valid(100, List.of(first)).stream().map(ClauseSpaceTest::text).toList());
        assertEquals(List.of("p0 \\/ p1 \\/ p2 \\/ ~p3", "~p0 \\/ ~p1 \\/ ~p2 \\/ p3"),
                space.valid(100, List.of(first, second)).stream().map(ClauseSpaceTest::text).toList());
    }

    @Test
    void aClauseRulesOutTheCounterexamplesWithAGroupWhoseRowsAllMakeEveryLiteralFalse() {
        ClauseSpace space = new ClauseSpace(2, 2, Set.of());
        List<BitSet> first = List.of(space.falseLiterals(Set.of(row(false, true), row(false, false))));
        List<BitSet> second = List.of(space.falseLiterals(Set.of(row(true, true))), space.falseLiterals(Set.of(row(true, false))));
        PredicateGrammar.Clause p0 = new PredicateGrammar.Clause(new int[] {0}, 0);
        PredicateGrammar.Clause p0OrNotP1 = new PredicateGrammar.Clause(new int[] {0, 1}, 0b10);
        PredicateGrammar.Clause notP0 = new PredicateGrammar.Clause(new int[] {0}, 1);
        PredicateGrammar.Clause p1 = new PredicateGrammar.Clause(new int[] {1}, 0);
        Map<PredicateGrammar.Clause, BitSet> ruled = ClauseSpace.ruledOut(List.of(p0, p0OrNotP1, notP0, p1), List.of(first, second));
        // p0 is false in every row of the first one's group; ~p1 is not, so p0 \/ ~p1 rules out neither. p1 is
        // false in every row of one group of the second (one group is enough), ~p0 in both.
        assertEquals(List.of(p0, notP0, p1), List.copyOf(ruled.keySet()));
        assertEquals(BitSet.valueOf(new long[] {0b01}), ruled.get(p0));
        assertEquals(BitSet.valueOf(new long[] {0b10}), ruled.get(notP0));
        assertEquals(BitSet.valueOf(new long[] {0b10}), ruled.get(p1));
    }

    private static String text(PredicateGrammar.Clause c) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < c.atoms().length; i++) {
            s.append(i == 0 ? "" : " \\/ ").append(c.negated(i) ? "~" : "").append("p").append(c.atoms()[i]);
        }
        return s.toString();
    }

    @Test
    void theOpenTuplesFitInTheirShareOfTheHeap() {
        assertEquals(500_000, ClauseSpace.maxOpen(100, 1L << 30));
        // 100,000 groups: 12,568 bytes a tuple with its bit set, so a gibibyte holds 85,434 of them.
        assertEquals(85_434, ClauseSpace.maxOpen(100_000, 1L << 30));
        assertEquals(1, ClauseSpace.maxOpen(100_000_000, 1000));
    }
}
