package dev.invar.assistant.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReachableNeighbourhoodTest {
    private final ReachableNeighbourhood near = new ReachableNeighbourhood("x \\in {InvarR[1], 0}", "LET InvarR == <<x>> IN x' \\in {InvarR[1], 0}", "x = InvarR[1]",
            List.of("<<1>>", "<<2>>", "<<3>>", "<<4>>", "<<5>>", "<<6>>", "<<7>>", "<<8>>", "<<9>>", "<<10>>"));

    @Test
    void eachDrawLooksNextToOtherReachableStatesAndEnoughDrawsInARowLookNextToAll() {
        assertEquals(List.of("<<1>>", "<<5>>", "<<9>>"), near.drawn(0, 3));
        assertEquals(List.of("<<2>>", "<<6>>", "<<10>>"), near.drawn(1, 3));
        assertEquals(near.drawn(0, 3), near.drawn(4, 3));
        assertEquals(near.drawn(3, 3), near.drawn(-1, 3));
        Set<String> all = new HashSet<>();
        for (long draw = 17; draw < 21; draw++) {
            all.addAll(near.drawn(draw, 3));
        }
        assertEquals(Set.copyOf(near.reachable()), all);
        assertEquals("\\E InvarR \\in {<<3>>, <<7>>} : x \\in {InvarR[1], 0}", near.predicate(2, 3));
        assertEquals("\\E InvarR \\in {<<3>>, <<7>>} : x = InvarR[1]", near.states(2, 3));
        // A limit as large as the reachable states looks next to every one of them, whatever the draw.
        assertEquals(near.reachable(), near.drawn(7, 10));
    }

    @Test
    void theClaimSaysHowManyReachableStatesEachSampleLookedNextToAndOfHowMany() {
        InductionResult three = new InductionResult("Ind", "N = 1", false, BigInteger.valueOf(1000), 3, 10, 40, List.of(), List.of(),
                List.of(), Optional.empty(), Duration.ZERO, List.of(), List.of(5L, 6L, 7L), 2, Optional.empty());
        assertTrue(three.claim().contains("one change away from 3 of the 10 reachable ones (in the last sample; other ones in the samples before)"), three.claim());
        InductionResult all = new InductionResult("Ind", "N = 1", false, BigInteger.valueOf(1000), 3, 3, 40, List.of(), List.of(),
                List.of(), Optional.empty(), Duration.ZERO, List.of(), List.of(5L), 2, Optional.of(new InductionResult.Walks(2000, 30)));
        assertTrue(all.claim().contains("one change away from the 3 reachable ones"), all.claim());
        assertTrue(all.claim().contains("and 2,000 random walks of up to 30 steps from reachable states through states of it"), all.claim());
    }
}
