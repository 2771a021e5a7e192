package dev.invar.assistant.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypeSpaceTest {
    @Test
    void subsetConjunctsBecomeEnumerableAndCommentsGo() {
        String typeOk = """
                /\\ rmState \\in [RM -> {"working", "prepared"}]  \\* per RM
                    /\\ tmPrepared \\subseteq RM
                    (* the network *)
                    /\\ msgs \\subseteq Messages \\cup Extra""";
        assertEquals("( /\\ rmState \\in [RM -> {\"working\", \"prepared\"}] /\\ tmPrepared \\in SUBSET (RM)"
                        + "  /\\ msgs \\in SUBSET (Messages \\cup Extra) )",
                TypeSpace.enumerable(typeOk, List.of("rmState", "tmPrepared", "msgs")));
    }

    @Test
    void onlyVariablesAreRewritten() {
        assertEquals("( /\\ x \\in SUBSET (S) /\\ S \\subseteq T )",
                TypeSpace.enumerable("/\\ x \\subseteq S\n/\\ S \\subseteq T", List.of("x")));
    }
}
