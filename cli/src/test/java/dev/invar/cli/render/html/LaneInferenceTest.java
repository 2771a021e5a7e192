package dev.invar.cli.render.html;

import static dev.invar.cli.render.html.Traces.m;
import static dev.invar.cli.render.html.Traces.mv;
import static dev.invar.cli.render.html.Traces.n;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which variables are per-node functions, on hand-made traces. */
class LaneInferenceTest {
    private static final String[] ONE_STEP = {"Step"};

    private static List<String> ids(Lanes lanes) {
        return lanes.nodes().stream().map(Lanes.Lane::id).toList();
    }

    @Test
    void theDomainSharedByMostVariablesGivesTheLanes() {
        Behaviour b = Behaviour.from(Traces.trace(ONE_STEP,
                "{\"rmState\":" + m("r1", "\"working\"", "r2", "\"working\"") + ", \"votes\":" + m("r1", n(0), "r2", n(0))
                        + ", \"acks\":" + m("t1", "true") + ", \"tmState\":\"init\"}",
                "{\"rmState\":" + m("r1", "\"prepared\"", "r2", "\"working\"") + ", \"votes\":" + m("r1", n(1), "r2", n(0))
                        + ", \"acks\":" + m("t1", "false") + ", \"tmState\":\"init\"}"));
        Lanes lanes = LaneInference.infer(b, Optional.empty(), Set.of());
        assertEquals(List.of("r1", "r2"), ids(lanes));
        assertEquals(Set.of("rmState", "votes"), lanes.variables());
        assertTrue(lanes.note().isEmpty());
    }

    @Test
    void lanesOverrideTheInferenceAndAFunctionWhoseDomainChangesIsNoLane() {
        Behaviour b = Behaviour.from(Traces.trace(ONE_STEP,
                "{\"log\":" + m("s1", n(0), "s2", n(0)) + ", \"term\":" + m("s1", n(0), "s2", n(0))
                        + ", \"client\":" + m("c1", "\"idle\"") + ", \"grown\":" + m("s1", n(0)) + "}",
                "{\"log\":" + m("s1", n(1), "s2", n(0)) + ", \"term\":" + m("s1", n(1), "s2", n(0))
                        + ", \"client\":" + m("c1", "\"busy\"") + ", \"grown\":" + m("s1", n(0), "s2", n(0)) + "}"));
        assertEquals(List.of("c1"), ids(LaneInference.infer(b, Optional.of("client"), Set.of())));
        Lanes fallback = LaneInference.infer(b, Optional.of("grown"), Set.of());
        assertEquals(List.of("s1", "s2"), ids(fallback));
        assertTrue(fallback.note().orElseThrow().contains("not a function over the same domain"), fallback.note().toString());
        assertTrue(LaneInference.infer(b, Optional.of("nope"), Set.of()).note().orElseThrow().contains("no such variable"));
    }

    @Test
    void recordsOverStringsAreNodesOnlyWhenTwoVariablesShareThem() {
        String state = "{\"pc\":{\"n1\":\"a\",\"n2\":\"b\"}, \"clock\":{\"n1\":" + n(1) + ",\"n2\":" + n(2) + "}, "
                + "\"config\":{\"leader\":" + mv("n1") + ",\"epoch\":" + n(3) + "}}";
        Behaviour b = Behaviour.from(Traces.trace(new String[0], state));
        Lanes lanes = LaneInference.infer(b, Optional.empty(), Set.of());
        assertEquals(List.of("n1", "n2"), ids(lanes));
        assertEquals(Set.of("pc", "clock"), lanes.variables());
        Behaviour alone = Behaviour.from(Traces.trace(new String[0], "{\"config\":{\"leader\":\"n1\",\"epoch\":" + n(3) + "}}"));
        assertTrue(LaneInference.infer(alone, Optional.empty(), Set.of()).nodes().isEmpty());
    }

    @Test
    void modelValuesWinATieAgainstIntegers() {
        Behaviour b = Behaviour.from(Traces.trace(new String[0],
                "{\"a\":" + m("p1", n(0), "p2", n(0)) + ", \"b\":" + m("p1", n(0), "p2", n(0))
                        + ", \"x\":{\"#map\":[[" + n(1) + "," + n(0) + "]]}, \"y\":{\"#map\":[[" + n(1) + "," + n(0) + "]]}}"));
        assertEquals(List.of("p1", "p2"), ids(LaneInference.infer(b, Optional.empty(), Set.of())));
    }
}
