package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.assistant.Assistant;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.llm.DraftRound;
import dev.invar.assistant.llm.LlmDrafter;
import dev.invar.assistant.llm.LlmLemmaSource;
import dev.invar.assistant.llm.LlmUsage;
import dev.invar.assistant.prove.InductionResult;
import dev.invar.cli.CliRun;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.TlaValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The model as a source of lemmas for {@code prove}, through the real OpenAI client and a stand-in server
 * replaying recorded answers: what it is shown (the states to rule out) and what comes back of its answer.
 */
class LlmLemmaSourceReplayTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVARIANT = "TypeOK /\\ (MutualExclusion)";

    private final ReplayServer server = ReplayServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmLemmaSource source() {
        ChosenModel model = ChatModels.configured(Optional.of("openai:gpt-4o-mini"), Optional.of(server.url("/v1")),
                Map.of(ChatModels.OPENAI_KEY_VARIABLE, "sk-test-0123456789"), Duration.ofSeconds(20)).orElseThrow();
        CheckRequest lock = CheckRequest.builder(CliRun.MODELS.resolve("Lock.tla")).build();
        return new LlmLemmaSource(LlmDrafter.create(model.name(), model.chatModel()), Assistant.context(lock),
                new DraftBudget(8, 100_000, Duration.ofSeconds(30)));
    }

    /** p1 is in the critical section without holding the lock; p2 takes the free lock and joins it there. */
    private static InductionResult.Cti cti() {
        Map<String, TlaValue> before = new LinkedHashMap<>();
        before.put("pc", TlaValue.parse("(p1 :> \"critical\" @@ p2 :> \"waiting\" @@ p3 :> \"idle\")"));
        before.put("holder", TlaValue.parse("{}"));
        Map<String, TlaValue> after = new LinkedHashMap<>();
        after.put("pc", TlaValue.parse("(p1 :> \"critical\" @@ p2 :> \"critical\" @@ p3 :> \"idle\")"));
        after.put("holder", TlaValue.parse("{p2}"));
        return new InductionResult.Cti(before, Optional.of("Acquire(p2)"), after);
    }

    @Test
    void theModelIsShownTheStatesToRuleOutAndItsLemmaComesBack() throws Exception {
        server.replies(200, "openai/lock-lemma.json");
        LlmLemmaSource source = source();

        List<String> lemmas = source.propose(INVARIANT, List.of(cti()));

        assertEquals(List.of("\\A p \\in Procs : pc[p] = \"critical\" => holder = {p}"), lemmas);
        assertEquals("openai:gpt-4o-mini", source.name());
        assertEquals(new LlmUsage(1, 1, 0, 2300, 95, source.usage().wallTime()), source.usage());
        JsonNode request = JSON.readTree(server.exchanges().get(0).body());
        String prompt = request.path("messages").get(1).path("content").asText();
        assertTrue(prompt.contains("The invariant so far:\n\nTypeOK /\\ (MutualExclusion)"), prompt);
        assertTrue(prompt.contains("States to rule out:\n\nState 1 (satisfies the invariant; it need not be reachable):\n"
                + "/\\ pc = (p1 :> \"critical\" @@ p2 :> \"waiting\" @@ p3 :> \"idle\")\n/\\ holder = {}\n"
                + "Step: Acquire(p2)\nState 2 (violates the invariant):\n"
                + "/\\ pc = (p1 :> \"critical\" @@ p2 :> \"critical\" @@ p3 :> \"idle\")\n/\\ holder = {p2}"), prompt);
        assertTrue(prompt.contains(Assistant.context(CheckRequest.builder(CliRun.MODELS.resolve("Lock.tla")).build())
                .moduleText().strip()), "the spec, as draft shows it");
        assertEquals("json_schema", request.path("response_format").path("type").asText(), "structured output, as draft");
    }

    @Test
    void aReplyThatIsNotTheJsonAskedForGivesNoLemmaAndSaysWhy() {
        server.replies(200, "openai/lock-lemma-malformed.json");
        LlmLemmaSource source = source();

        assertEquals(List.of(), source.propose(INVARIANT, List.of(cti())));

        DraftRound round = source.rounds().get(0);
        assertTrue(round.shortfall().orElseThrow().startsWith("the model's reply was not the JSON asked for: Here is a lemma"),
                round.shortfall().toString());
        assertEquals(2300 + 18, source.usage().totalTokens(), "a reply that does not parse is still metered");
    }

    @Test
    void anInjectedIoExecIsRefusedBeforeAnyCheckAndTheRestComesBack() {
        server.replies(200, "openai/lock-lemma-injection.json");
        LlmLemmaSource source = source();

        List<String> lemmas = source.propose(INVARIANT, List.of(cti()));

        assertEquals(List.of("\\A p \\in holder : pc[p] = \"critical\""), lemmas);
        assertFalse(lemmas.stream().anyMatch(l -> l.contains("IOExec")));
        DraftRound round = source.rounds().get(0);
        assertEquals(1, round.refused().size());
        assertTrue(round.refused().get(0).reason().startsWith("uses IOExec"), round.refused().get(0).reason());
    }

    @Test
    void aRefusedKeyGivesNoLemmaAndTheSearchGoesOnToSayWhy() {
        server.replies(401, "openai/error-401.json");
        LlmLemmaSource source = source();

        assertEquals(List.of(), source.propose(INVARIANT, List.of(cti())));

        String why = source.rounds().get(0).shortfall().orElseThrow();
        assertTrue(why.startsWith("the provider refused the API key (HTTP 401)"), why);
        assertFalse(why.contains("sk-test-0123456789") || why.contains("Qx7a"), "no part of the key: " + why);
    }
}
