package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.llm.DraftRound;
import dev.invar.assistant.llm.LlmDrafter;
import dev.invar.assistant.llm.LlmUsage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LLM drafter against a stand-in speaking Anthropic's messages protocol, through the real client. */
class AnthropicReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-ant-test-0123456789";
    private static final DraftBudget BUDGET = new DraftBudget(20, 100_000, Duration.ofSeconds(30));

    private final ReplayServer server = ReplayServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmDrafter drafter() {
        return ChatModels.drafter(Optional.of("anthropic:claude-sonnet-4-5"), Optional.of(server.url("/v1")),
                Map.of(ChatModels.ANTHROPIC_KEY_VARIABLE, KEY), Duration.ofSeconds(20)).orElseThrow();
    }

    @Test
    void draftsOverTheMessagesApiWithTheFormatAskedForInThePrompt() throws Exception {
        server.replies(200, "anthropic/drafts.json");

        DraftRound round = drafter().draftRound(CounterSpec.context(), BUDGET);

        assertEquals(List.of("CountBounded", "GroupsEmpty"), OpenAiReplayTest.names(round.candidates()));
        assertEquals("count <= N", round.candidates().get(0).expression());
        assertEquals("groups = {}", round.candidates().get(1).expression());
        assertTrue(round.refused().get(0).reason().startsWith("uses IOExec"));
        assertEquals(new LlmUsage(1, 1, 0, 1034, 187, round.usage().wallTime()), round.usage());

        ReplayServer.Exchange exchange = server.exchanges().get(0);
        assertEquals("POST", exchange.method());
        assertEquals("/v1/messages", exchange.path());
        assertEquals(KEY, exchange.header("x-api-key"));
        assertTrue(exchange.header("anthropic-version") != null);
        JsonNode request = JSON.readTree(exchange.body());
        assertEquals("claude-sonnet-4-5", request.path("model").asText());
        assertEquals(ChatModels.ANTHROPIC_MAX_OUTPUT_TOKENS, request.path("max_tokens").asInt());
        assertTrue(request.path("system").toString().contains("state invariants"), "the system prompt");
        JsonNode user = request.path("messages").get(0);
        assertEquals("user", user.path("role").asText());
        String prompt = OpenAiReplayTest.content(user);
        assertTrue(prompt.contains(CounterSpec.moduleText().strip()));
        assertTrue(prompt.contains("JSON format"), "without structured output the format is in the prompt");
        assertFalse(exchange.body().contains("\"tools\""), "no tools offered unless a checker is given");
    }

    @Test
    void anOverloadedProviderIsRetried() {
        server.replies(529, "anthropic/error-529.json").replies(200, "anthropic/drafts.json");

        DraftRound round = drafter().draftRound(CounterSpec.context(), BUDGET);

        assertEquals(2, server.exchanges().size());
        assertEquals(2, round.candidates().size());
    }
}
