package dev.invar.assistant.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A state rebuilt as a predicate a module can evaluate, model values included. */
class FixedStateTest {
    private static final FixedState FIXED = FixedState.of(List.of(new TlcConfig.Constant("RM", "{r1, r2}", false),
            new TlcConfig.Constant("Nil", "Nil", false), new TlcConfig.Constant("N", "3", false),
            new TlcConfig.Constant("Max", "MaxImpl", true)));

    @Test
    void modelValuesAreNamedByTheirConstantOrChosenFromTheirSet() {
        Map<String, TlaValue> state = new LinkedHashMap<>();
        state.put("rmState", TlaValue.parse("(r1 :> \"committed\" @@ r2 :> \"aborted\")"));
        state.put("leader", TlaValue.parse("Nil"));
        state.put("msgs", TlaValue.parse("{[type |-> \"Prepared\", rm |-> r2]}"));
        state.put("n", TlaValue.parse("<<1, 2>>"));

        String r1 = "(CHOOSE invarV \\in RM : ToString(invarV) = \"r1\")";
        String r2 = "(CHOOSE invarV \\in RM : ToString(invarV) = \"r2\")";
        assertEquals(Optional.of("rmState = (" + r1 + " :> \"committed\" @@ " + r2 + " :> \"aborted\")"
                + " /\\ leader = Nil /\\ msgs = {[type |-> \"Prepared\", rm |-> " + r2 + "]} /\\ n = <<1, 2>>"),
                FIXED.predicate(state));
    }

    @Test
    void aNegativeNumberIsWrittenWithoutUnaryMinusWhichOnlyIntegersDefines() {
        Map<String, TlaValue> state = new LinkedHashMap<>();
        state.put("readers", TlaValue.Int.of(-1));
        state.put("seen", TlaValue.parse("<<2, 0>>"));
        assertEquals(Optional.of("readers = (0 - 1) /\\ seen = <<2, 0>>"), FIXED.predicate(state));
    }

    @Test
    void aModelValueOfNoConstantCannotBeRebuilt() {
        assertEquals(Optional.empty(), FIXED.predicate(Map.of("x", TlaValue.parse("{p7}"))));
    }
}
