package dev.invar.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class JudgementTest {
    private static CiModel model(Expectation expect, StateBounds bounds) {
        return new CiModel("m", "M.tla", Optional.empty(), Map.of(), List.of(), List.of(), expect, bounds,
                OptionalInt.empty(), OptionalInt.empty());
    }

    @Test
    void successWithinBoundsPasses() {
        assertEquals(Optional.empty(), Judgement.failure(model(Expectation.success(), StateBounds.exactly(10)), "success",
                Optional.empty(), 10));
    }

    @Test
    void aHollowedOutModelFailsItsFloor() {
        StateBounds floor = new StateBounds(OptionalLong.of(84_776), OptionalLong.empty());
        String why = Judgement.failure(model(Expectation.success(), floor), "success", Optional.empty(), 8).orElseThrow();
        assertTrue(why.contains("below the floor"), why);
    }

    @Test
    void aBugModelMustShowItsNamedViolation() {
        CiModel bug = model(new Expectation("safety-violation", Optional.of("Consistent")), StateBounds.none());
        assertEquals(Optional.empty(), Judgement.failure(bug, "safety-violation", Optional.of("Consistent"), -1));
        assertTrue(Judgement.failure(bug, "safety-violation", Optional.of("TypeOK"), -1).isPresent());
        assertTrue(Judgement.failure(bug, "success", Optional.empty(), 100).isPresent());
    }

    @Test
    void shards() {
        Shard second = Shard.parse("2/3");
        assertTrue(second.includes(1) && second.includes(4) && !second.includes(0));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/3"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("x"));
    }
}
