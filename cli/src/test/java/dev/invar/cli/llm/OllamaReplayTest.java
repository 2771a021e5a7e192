package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.llm.DraftRound;
import dev.invar.assistant.llm.LlmUsage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LLM drafter against a stand-in speaking Ollama's chat protocol, through the real client. */
class OllamaReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReplayServer server = ReplayServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void draftsWithTheJsonSchemaAsOllamasFormat() throws Exception {
        server.replies(200, "ollama/drafts.json");

        DraftRound round = ChatModels.drafter(Optional.of("ollama:llama3.1:8b"), Optional.of(server.url("")),
                        Map.of(), Duration.ofSeconds(20)).orElseThrow()
                .draftRound(CounterSpec.context(), new DraftBudget(20, 100_000, Duration.ofSeconds(30)));

        assertEquals(List.of("CountBounded", "GroupsEmpty"), OpenAiReplayTest.names(round.candidates()));
        assertEquals("ollama:llama3.1:8b", round.candidates().get(0).drafter());
        assertEquals(new LlmUsage(1, 1, 0, 998, 176, round.usage().wallTime()), round.usage());

        ReplayServer.Exchange exchange = server.exchanges().get(0);
        assertEquals("/api/chat", exchange.path());
        JsonNode request = JSON.readTree(exchange.body());
        assertEquals("llama3.1:8b", request.path("model").asText());
        assertTrue(request.path("format").path("properties").has("candidates"), "the schema goes as format");
        assertTrue(OpenAiReplayTest.content(request.path("messages").get(1)).contains(CounterSpec.moduleText().strip()));
    }
}
