package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.assistant.AssistantException;
import dev.invar.assistant.Candidate;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.llm.CheckerAccess;
import dev.invar.assistant.llm.DraftRound;
import dev.invar.assistant.llm.LlmDrafter;
import dev.invar.assistant.llm.LlmUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LLM drafter against a stand-in speaking OpenAI's chat-completions protocol, through the real client. */
class OpenAiReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String KEY = "sk-test-0123456789";
    private static final DraftBudget BUDGET = new DraftBudget(20, 100_000, Duration.ofSeconds(30));

    private final ReplayServer server = ReplayServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmDrafter drafter(Duration requestTimeout) {
        ChosenModel model = ChatModels.configured(Optional.of("openai:gpt-4o-mini"), Optional.of(server.url("/v1")),
                Map.of(ChatModels.OPENAI_KEY_VARIABLE, KEY), requestTimeout).orElseThrow();
        return LlmDrafter.create(model.name(), model.chatModel());
    }

    @Test
    void twoRoundsOfDraftsTheSecondShownTheCounterexampleOfARefutedOne() throws Exception {
        server.replies(200, "openai/drafts.json").replies(200, "openai/drafts-round2.json");
        LlmDrafter drafter = drafter(Duration.ofSeconds(20));

        DraftRound one = drafter.draftRound(CounterSpec.context(), BUDGET);

        assertEquals(List.of("CountBounded", "GroupsEmpty"), names(one.candidates()));
        assertEquals("count <= N", one.candidates().get(0).expression(), "Unicode ≤ is rewritten");
        assertEquals("groups = {}", one.candidates().get(1).expression(), "the code fence is stripped");
        assertEquals("openai:gpt-4o-mini", one.candidates().get(0).drafter());
        assertEquals("Exfiltrate", one.refused().get(0).draft().name());
        assertTrue(one.refused().get(0).reason().startsWith("uses IOExec"), one.refused().get(0).reason());
        assertEquals(new LlmUsage(1, 1, 0, 812, 143, one.usage().wallTime()), one.usage());

        ReplayServer.Exchange first = server.exchanges().get(0);
        assertEquals("POST", first.method());
        assertEquals("/v1/chat/completions", first.path());
        assertEquals("Bearer " + KEY, first.header("Authorization"));
        JsonNode request = JSON.readTree(first.body());
        assertEquals("gpt-4o-mini", request.path("model").asText());
        assertEquals("system", request.path("messages").get(0).path("role").asText());
        assertEquals("user", request.path("messages").get(1).path("role").asText());
        String prompt = content(request.path("messages").get(1));
        assertTrue(prompt.contains(CounterSpec.moduleText().strip()), "the module text, untouched");
        assertTrue(prompt.contains("Actions (the disjuncts of Next): Inc"));
        assertEquals("json_schema", request.path("response_format").path("type").asText());
        assertTrue(request.path("response_format").path("json_schema").path("strict").asBoolean());
        assertTrue(request.path("response_format").path("json_schema").path("schema").path("properties")
                .has("candidates"));

        Candidate refuted = one.candidates().get(1);
        DraftRound two = drafter.draftRound(CounterSpec.afterRefuting(refuted), BUDGET);

        String secondPrompt = content(JSON.readTree(server.exchanges().get(1).body()).path("messages").get(1));
        assertTrue(secondPrompt.contains("GroupsEmpty ==\n    groups = {}"), secondPrompt);
        assertTrue(secondPrompt.contains("    State 1: <Init>\n    /\\ count = 0\n    /\\ groups = {{3}}"),
                "the refuted draft's counterexample is in the prompt");
        assertEquals(List.of("GroupsSubset", "CountNonNegative"), names(two.candidates()));
        assertEquals("count >= 0", two.candidates().get(1).expression(), "the prose line is dropped");
        assertEquals("was refuted in an earlier round", two.refused().get(0).reason());

        LlmUsage total = drafter.usage();
        assertEquals(2, total.rounds());
        assertEquals(812 + 1247, total.inputTokens());
        assertEquals(143 + 161, total.outputTokens());
    }

    @Test
    void theModelCallsTheCheckerAndGetsItsAnswerBackOverTheWire() throws Exception {
        server.replies(200, "openai/tool-call.json").replies(200, "openai/drafts.json");
        List<String> checked = new ArrayList<>();
        LlmDrafter drafter = drafter(Duration.ofSeconds(20)).withChecker(new CheckerAccess() {
            @Override
            public String parse(String expression) {
                return "ok";
            }

            @Override
            public String checkCandidate(String expression) {
                checked.add(expression);
                return "holds on all 4 distinct states of the model";
            }

            @Override
            public String simulate(int depth) {
                return "";
            }
        });

        DraftRound round = drafter.draftRound(CounterSpec.context(), BUDGET);

        assertEquals(List.of("count <= N"), checked);
        JsonNode first = JSON.readTree(server.exchanges().get(0).body());
        List<String> tools = new ArrayList<>();
        first.path("tools").forEach(t -> tools.add(t.path("function").path("name").asText()));
        assertEquals(List.of("checkCandidate", "parse", "simulate"), tools.stream().sorted().toList());
        JsonNode messages = JSON.readTree(server.exchanges().get(1).body()).path("messages");
        JsonNode toolAnswer = messages.get(messages.size() - 1);
        assertEquals("tool", toolAnswer.path("role").asText());
        assertEquals("call_Xk2v9", toolAnswer.path("tool_call_id").asText());
        assertEquals("holds on all 4 distinct states of the model", toolAnswer.path("content").asText());
        assertEquals(2, round.candidates().size());
        assertEquals(new LlmUsage(1, 2, 1, 905 + 812, 28 + 143, round.usage().wallTime()), round.usage());
    }

    @Test
    void aReplyThatIsNotTheJsonAskedForEndsTheRoundAndIsQuoted() {
        server.replies(200, "openai/malformed.json");
        // The base URL from the environment, as INVAR_LLM_BASE_URL would give it.
        LlmDrafter drafter = ChatModels.drafter(Optional.of("openai:gpt-4o-mini"), Optional.empty(),
                Map.of(ChatModels.OPENAI_KEY_VARIABLE, KEY, ChatModels.BASE_URL_VARIABLE, server.url("/v1")),
                Duration.ofSeconds(20)).orElseThrow();

        DraftRound round = drafter.draftRound(CounterSpec.context(), BUDGET);

        assertTrue(round.candidates().isEmpty());
        String why = round.shortfall().orElseThrow();
        assertTrue(why.startsWith("the model's reply was not the JSON asked for: Sure! Here are"), why);
        assertEquals(812 + 31, round.usage().totalTokens());
    }

    @Test
    void aRateLimitWithRetryAfterIsRetriedAndThenAnswered() {
        server.replies(429, Map.of("retry-after", "1"), "openai/error-429.json", Duration.ZERO)
                .replies(200, "openai/drafts.json");

        DraftRound round = drafter(Duration.ofSeconds(20)).draftRound(CounterSpec.context(), BUDGET);

        assertEquals(2, server.exchanges().size());
        assertEquals(List.of("CountBounded", "GroupsEmpty"), names(round.candidates()));
        assertEquals(1, round.usage().requests(), "the refused request cost nothing");
    }

    @Test
    void aServerErrorThatOutlastsTheRetriesIsAnErrorTheUserCanRead() {
        for (int i = 0; i <= ChatModels.MAX_RETRIES; i++) {
            server.replies(500, "openai/error-500.json");
        }

        AssistantException e = assertThrows(AssistantException.class,
                () -> drafter(Duration.ofSeconds(20)).draftRound(CounterSpec.context(), BUDGET));

        assertEquals(ChatModels.MAX_RETRIES + 1, server.exchanges().size());
        assertTrue(e.getMessage().startsWith("openai:gpt-4o-mini: the provider failed with a server error"),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(": The server had an error while processing your request. Sorry about"
                + " that!"), "the provider's own words, not its JSON: " + e.getMessage());
    }

    @Test
    void aRefusedKeyIsReportedWithoutAnyPartOfAKey() {
        server.replies(401, "openai/error-401.json");

        AssistantException e = assertThrows(AssistantException.class,
                () -> drafter(Duration.ofSeconds(20)).draftRound(CounterSpec.context(), BUDGET));

        assertEquals(1, server.exchanges().size(), "a refused key is not retried");
        assertTrue(e.getMessage().contains("refused the API key"), e.getMessage());
        assertFalse(e.getMessage().contains("Qx7a"), e.getMessage());
        assertFalse(e.getMessage().contains(KEY), e.getMessage());
        assertTrue(e.getCause() == null, "the raw provider body is not kept as a cause");
    }

    @Test
    void aResponseSlowerThanTheRoundsTimeLimitEndsTheRound() {
        server.replies(200, Map.of(), "openai/drafts.json", Duration.ofSeconds(8));
        long start = System.nanoTime();

        DraftRound round = drafter(Duration.ofSeconds(20))
                .draftRound(CounterSpec.context(), new DraftBudget(20, 100_000, Duration.ofSeconds(2)));

        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(6)) < 0);
        assertEquals("the round's time limit of 2s was reached", round.shortfall().orElseThrow());
        assertTrue(round.candidates().isEmpty());
    }

    @Test
    void aResponseSlowerThanTheRequestTimeoutEndsTheRound() {
        for (int i = 0; i <= ChatModels.MAX_RETRIES; i++) {
            server.replies(200, Map.of(), "openai/drafts.json", Duration.ofSeconds(3));
        }

        DraftRound round = drafter(Duration.ofMillis(300)).draftRound(CounterSpec.context(), BUDGET);

        assertEquals("the provider did not answer before the request timed out", round.shortfall().orElseThrow());
    }

    static List<String> names(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::name).toList();
    }

    /** A message's text, whether the client sent it as a string or as content parts. */
    static String content(JsonNode message) {
        JsonNode content = message.path("content");
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder text = new StringBuilder();
        content.forEach(part -> text.append(part.path("text").asText()));
        return text.toString();
    }
}
