package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.cli.CliRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invar learn hint --llm}: the hint comes from the model, which is shown the step and the learner's file. */
class LearnHintReplayTest {
    private static final String KEY = "sk-test-0123456789";
    private final ReplayServer server = ReplayServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theModelSeesTheStepAndTheLearnersFileAndItsTextReachesTheTerminalWithoutEscapes(@TempDir Path dir) throws Exception {
        server.replies(200, "openai/learn-hint.json");
        assertEquals(0, CliRun.in(dir, "learn", "start", "3").exitCode());

        CliRun hint = CliRun.in(dir, Map.of(ChatModels.OPENAI_KEY_VARIABLE, KEY), "learn", "hint", "--llm", "openai:gpt-4o-mini",
                "--llm-base-url", server.url("/v1"));

        assertEquals(0, hint.exitCode(), hint.toString());
        assertEquals("Hint from openai:gpt-4o-mini: Look at ForgetfulTMCrash: after it, what does tmState say, and which decision"
                + " messages are still in msgs? Your invariant should relate the two.", hint.out().strip());
        assertFalse(hint.out().contains("\u001b"), "escape sequences from the model are removed");
        assertFalse(hint.out().contains(KEY) || hint.err().contains(KEY));

        JsonNode request = new ObjectMapper().readTree(server.exchanges().get(0).body());
        String system = request.at("/messages/0/content").asText();
        String user = request.at("/messages/1/content").asText();
        assertTrue(system.contains("Give ONE hint") && system.contains("Do not write the"), system);
        assertTrue(user.contains("Step: A decision, once sent, stands"), user);
        assertTrue(user.contains("The learner's Answer.tla:") && user.contains("DecisionIsDurable == TRUE"), user);
        assertTrue(user.contains("Last feedback from the checker: (the learner has not checked yet)"), user);
    }
}
