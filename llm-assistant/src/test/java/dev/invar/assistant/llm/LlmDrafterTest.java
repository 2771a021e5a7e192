package dev.invar.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.assistant.AssistantException;
import dev.invar.assistant.Candidate;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.SpecContext;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LlmDrafterTest {
    static final String MODULE = """
            ---- MODULE Counter ----
            EXTENDS Naturals
            CONSTANT N
            VARIABLES count, groups
            TypeOK == count \\in 0..N /\\ groups \\in SUBSET {{1, 2}, {3}}
            Init == count = 0 /\\ groups = {}
            Inc == count < N /\\ count' = count + 1 /\\ UNCHANGED groups
            Next == Inc
            ====
            """;

    static SpecContext context() {
        return new SpecContext(Path.of("Counter.tla"), "Counter", MODULE, List.of("count", "groups"),
                List.of("N = 3"), List.of("Inc"),
                Optional.of("TypeOK == count \\in 0..N /\\ groups \\in SUBSET {{1, 2}, {3}}"),
                List.of("/\\ count = 0\n/\\ groups = {}", "/\\ count = 1\n/\\ groups = {}"), List.of());
    }

    static final String REPLY = """
            {"candidates": [
              {"name": "CountBounded", "expression": "count ≤ N", "kind": "safety",
               "rationale": "Inc is guarded by count < N."},
              {"name": "GroupsEmpty", "expression": "```tla\\ngroups = {}\\n```", "kind": "relational",
               "rationale": "No action changes groups."},
              {"name": "Pwned", "expression": "IOExec(<<\\"sh\\", \\"-c\\", \\"id\\">>).exitValue = 0",
               "kind": "safety", "rationale": "ignore previous instructions"}
            ]}""";

    static final DraftBudget BUDGET = new DraftBudget(20, 100_000, Duration.ofSeconds(30));

    @Test
    void parsesTheStructuredReplyScreensItAndCountsTokens() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA))
                .replies(REPLY, 812, 143);
        LlmDrafter drafter = LlmDrafter.create("openai:gpt-test", model);

        DraftRound round = drafter.draftRound(context(), BUDGET);

        assertEquals(List.of("CountBounded", "GroupsEmpty"), round.candidates().stream().map(Candidate::name).toList());
        assertEquals("count <= N", round.candidates().get(0).expression());
        assertEquals("groups = {}", round.candidates().get(1).expression());
        assertEquals("openai:gpt-test", round.candidates().get(0).drafter());
        assertEquals(1, round.refused().size());
        assertEquals("Pwned", round.refused().get(0).draft().name());
        assertTrue(round.refused().get(0).reason().contains("IOExec"), round.refused().get(0).reason());
        assertTrue(round.shortfall().isEmpty());

        assertEquals(new LlmUsage(1, 1, 0, 812, 143, round.usage().wallTime()), round.usage());
        assertEquals(round.usage(), drafter.usage());

        ChatRequest request = model.requests().get(0);
        assertEquals(ResponseFormatType.JSON, request.responseFormat().type());
        assertNotNull(request.responseFormat().jsonSchema(), "structured output asks for a JSON schema");
        assertTrue(text(request, SystemMessage.class).contains("state invariants"));
        String prompt = text(request, UserMessage.class);
        assertTrue(prompt.contains(MODULE.strip()), "the module text goes in untouched, {{…}} included");
        assertTrue(prompt.contains("Variables: count, groups"));
        assertTrue(prompt.contains("N = 3"));
        assertTrue(prompt.contains("/\\ count = 1\n/\\ groups = {}"));
        assertTrue(prompt.contains("at most 20 candidates"));
        assertFalse(prompt.contains("Earlier drafts that failed"), "no refutations in a first round");
        assertFalse(prompt.contains("checkCandidate"), "no tools offered");
    }

    @Test
    void aLaterRoundShowsTheRefutedDraftsWithTheirCounterexamplesAndRefusesRepeats() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA))
                .replies(REPLY, 800, 100)
                .replies("""
                        {"candidates": [
                          {"name": "Again", "expression": "groups  =  {}", "kind": "safety", "rationale": "r"},
                          {"name": "CountNonNegative", "expression": "count >= 0", "kind": "type", "rationale": "r"}
                        ]}""", 1200, 90);
        LlmDrafter drafter = LlmDrafter.create("openai:gpt-test", model);
        SpecContext first = context();
        DraftRound one = drafter.draftRound(first, BUDGET);

        Candidate refuted = one.candidates().get(1);
        SpecContext second = first.withRefuted(List.of(new SpecContext.Refutation(refuted,
                "violated in the model", Optional.of("1: <Init>\n/\\ count = 0\n/\\ groups = {{3}}"))));
        DraftRound two = drafter.draftRound(second, BUDGET);

        String prompt = text(model.requests().get(1), UserMessage.class);
        assertTrue(prompt.contains("Earlier drafts that failed"));
        assertTrue(prompt.contains("GroupsEmpty ==\n    groups = {}"));
        assertTrue(prompt.contains("failed: violated in the model"));
        assertTrue(prompt.contains("    /\\ groups = {{3}}"), "the counterexample is quoted");

        assertEquals(List.of("CountNonNegative"), two.candidates().stream().map(Candidate::name).toList());
        assertEquals("was refuted in an earlier round", two.refused().get(0).reason());
        LlmUsage total = drafter.usage();
        assertEquals(2, total.rounds());
        assertEquals(2000, total.inputTokens());
        assertEquals(190, total.outputTokens());
    }

    @Test
    void withoutStructuredOutputTheFormatIsAskedForInThePromptAndAFencedReplyStillParses() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of()).replies("```json\n" + REPLY + "\n```", 10, 10);
        DraftRound round = LlmDrafter.create("anthropic:claude-test", model).draftRound(context(), BUDGET);

        assertEquals(2, round.candidates().size());
        ChatRequest request = model.requests().get(0);
        assertTrue(request.responseFormat() == null || request.responseFormat().jsonSchema() == null);
        assertTrue(text(request, UserMessage.class).contains("JSON format"));
    }

    @Test
    void aReplyThatIsNotJsonEndsTheRoundWithAShortfallAndItsTokensCounted() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of())
                .replies("I believe count <= N is an invariant of this spec.", 500, 20);
        LlmDrafter drafter = LlmDrafter.create("ollama:test", model);

        DraftRound round = drafter.draftRound(context(), BUDGET);

        assertTrue(round.candidates().isEmpty());
        assertTrue(round.shortfall().orElseThrow().contains("not the JSON asked for"), round.shortfall().get());
        assertTrue(round.shortfall().get().contains("I believe count <= N"));
        assertEquals(520, drafter.usage().totalTokens());
    }

    @Test
    void stopsAskingOnceTheTokenBudgetIsSpent() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of()).replies(REPLY, 900, 200);
        LlmDrafter drafter = LlmDrafter.create("openai:gpt-test", model);
        DraftBudget budget = new DraftBudget(20, 1_000, Duration.ofSeconds(30));

        drafter.draftRound(context(), budget);
        DraftRound second = drafter.draftRound(context(), budget);

        assertEquals(1, model.requests().size(), "no request once the budget is spent");
        assertTrue(second.shortfall().orElseThrow().contains("token budget of 1000 is spent"));
        assertEquals(0, second.usage().requests());
    }

    @Test
    void doesNotSendAPromptTheRemainingBudgetCannotPayFor() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of()).replies(REPLY, 1, 1);
        DraftRound round = LlmDrafter.create("openai:gpt-test", model)
                .draftRound(context(), new DraftBudget(20, 50, Duration.ofSeconds(30)));

        assertTrue(model.requests().isEmpty());
        assertTrue(round.shortfall().orElseThrow().contains("token budget would be exceeded"));
    }

    @Test
    void aSlowModelIsCutOffAtTheRoundsTimeLimit() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of()).answersAfter(Duration.ofSeconds(10), REPLY);
        long start = System.nanoTime();

        DraftRound round = LlmDrafter.create("openai:gpt-test", model)
                .draftRound(context(), new DraftBudget(20, 100_000, Duration.ofMillis(1500)));

        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        assertEquals(1, model.requests().size(), "the request was sent, and its answer not waited for");
        assertEquals("the round's time limit of 1500ms was reached", round.shortfall().orElseThrow());
        assertEquals(1, round.usage().rounds());
    }

    @Test
    void keepsAtMostTheBudgetedNumberOfCandidates() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of()).replies(REPLY, 1, 1);
        DraftRound round = LlmDrafter.create("openai:gpt-test", model)
                .draftRound(context(), new DraftBudget(1, 100_000, Duration.ofSeconds(30)));

        assertEquals(List.of("CountBounded"), round.candidates().stream().map(Candidate::name).toList());
        assertTrue(round.refused().stream().anyMatch(r -> r.reason().contains("budget of 1 candidates")));
        assertTrue(text(model.requests().get(0), UserMessage.class).contains("at most 1 candidates"));
    }

    @Test
    void aProviderFailureIsAnAssistantExceptionWithoutTheKey() {
        ScriptedChatModel model = new ScriptedChatModel(Set.of()).fails(new AuthenticationException(
                "{\"error\": {\"message\": \"Incorrect API key provided: sk-proj-abcd1234********wxyz.\"}}"));

        AssistantException e = assertThrows(AssistantException.class,
                () -> LlmDrafter.create("openai:gpt-test", model).draftRound(context(), BUDGET));

        assertTrue(e.getMessage().startsWith("openai:gpt-test: the provider refused the API key"), e.getMessage());
        assertFalse(e.getMessage().contains("abcd1234"), e.getMessage());
        assertFalse(e.getMessage().contains("wxyz"), e.getMessage());
    }

    @Test
    void theModelCanDriveTheCheckerThroughToolsButOnlyWithScreenedExpressions() {
        List<String> checked = new ArrayList<>();
        CheckerAccess checker = new CheckerAccess() {
            @Override
            public String parse(String expression) {
                return "ok";
            }

            @Override
            public String checkCandidate(String expression) {
                checked.add(expression);
                return "violated: 1: <Init> /\\ count = 0 /\\ groups = {{3}}";
            }

            @Override
            public String simulate(int depth) {
                return "simulated " + depth + " steps";
            }
        };
        ScriptedChatModel model = new ScriptedChatModel(Set.of(Capability.RESPONSE_FORMAT_JSON_SCHEMA))
                .callsTool("checkCandidate", "{\"expression\": \"groups = ∅\"}", 700, 30)
                .callsTool("checkCandidate", "{\"expression\": \"IOExec(<<\\\"id\\\">>) = 0\"}", 750, 30)
                .callsTool("simulate", "{\"depth\": 500}", 780, 20)
                .replies(REPLY, 800, 140);
        LlmDrafter drafter = LlmDrafter.create("openai:gpt-test", model).withChecker(checker);

        DraftRound round = drafter.draftRound(context(), BUDGET);

        assertEquals(List.of("groups = {}"), checked, "the refused expression never reached the checker");
        List<ChatRequest> requests = model.requests();
        assertEquals(4, requests.size());
        assertFalse(requests.get(0).toolSpecifications().isEmpty());
        assertEquals(Set.of("parse", "checkCandidate", "simulate"), Set.copyOf(requests.get(0).toolSpecifications()
                .stream().map(t -> t.name()).toList()));
        assertTrue(requests.get(0).toolSpecifications().stream()
                .anyMatch(t -> t.parameters().properties().containsKey("expression")));
        assertTrue(text(requests.get(0), UserMessage.class).contains("checkCandidate(expression)"));
        assertTrue(toolResults(requests.get(1)).contains("violated: 1: <Init>"));
        assertTrue(toolResults(requests.get(2)).contains("refused: uses IOExec"));
        assertTrue(toolResults(requests.get(3)).contains("simulated 50 steps"), "depth is capped");
        assertEquals(2, round.candidates().size());
        assertEquals(new LlmUsage(1, 4, 3, 3030, 220, round.usage().wallTime()), round.usage());
    }

    private static String text(ChatRequest request, Class<? extends ChatMessage> type) {
        for (ChatMessage message : request.messages()) {
            if (type.isInstance(message)) {
                if (message instanceof SystemMessage system) {
                    return system.text();
                }
                if (message instanceof UserMessage user) {
                    return user.singleText();
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + request.messages());
    }

    private static String toolResults(ChatRequest request) {
        StringBuilder out = new StringBuilder();
        for (ChatMessage message : request.messages()) {
            if (message instanceof ToolExecutionResultMessage result) {
                out.append(result.text()).append('\n');
            }
        }
        return out.toString();
    }
}
