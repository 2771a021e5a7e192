package dev.invar.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckerToolsTest {
    private final List<String> seen = new ArrayList<>();

    private final CheckerAccess checker = new CheckerAccess() {
        @Override
        public String parse(String expression) {
            seen.add(expression);
            throw new IllegalStateException("SANY could not start");
        }

        @Override
        public String checkCandidate(String expression) {
            seen.add(expression);
            return "x".repeat(10_000);
        }

        @Override
        public String simulate(int depth) {
            return "depth " + depth;
        }
    };

    private final CheckerTools tools = new CheckerTools(checker);

    @Test
    void aCheckerFailureIsAnAnswerTheModelCanRead() {
        assertEquals("error: SANY could not start", tools.parse("x = 1"));
    }

    @Test
    void expressionsAreCleanedBeforeTheCheckerSeesThemAndRefusedOnesNeverReachIt() {
        tools.parse("```\nx ∈ S\n```");
        assertTrue(tools.checkCandidate("PrintT(x)").startsWith("refused: uses PrintT"));
        assertEquals(List.of("x \\in S"), seen);
    }

    @Test
    void longAnswersAreCutAndDepthIsBounded() {
        String answer = tools.checkCandidate("x = 1");
        assertTrue(answer.length() < CheckerTools.MAX_ANSWER_LENGTH + 100);
        assertTrue(answer.endsWith("(cut after 4000 characters)"));
        assertEquals("depth 1", tools.simulate(-3));
        assertEquals("depth 50", tools.simulate(1_000));
        assertEquals(3, tools.calls(), "every call is counted");
    }
}
