package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.cli.CliRun;
import dev.invar.cli.DraftSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invar draft --llm} with a model that calls the checker tools: the real OpenAI client sends the
 * recorded tool calls' answers back, computed by real TLC on the model, and the JSON report follows its schema.
 */
class DraftWithToolCallsTest {

    @Test
    void theModelDrivesTheRealCheckerThroughToolCallsAndJsonFollowsTheSchema(@TempDir Path dir) throws IOException {
        Files.copy(CliRun.MODELS.resolve("Lock.tla"), dir.resolve("Lock.tla"));
        Files.copy(CliRun.MODELS.resolve("Lock.cfg"), dir.resolve("Lock.cfg"));
        try (ReplayServer server = ReplayServer.start()
                .replies(200, "openai/lock-tool-calls.json").replies(200, "openai/lock-drafts.json")) {
            CliRun run = CliRun.in(dir, Map.of("OPENAI_API_KEY", "sk-test-secret-key"), "draft", "Lock.tla", "--workers", "1",
                    "--llm", "openai:gpt-4o-mini", "--llm-base-url", server.url("/v1"), "--rounds", "1", "--json");
            assertEquals(0, run.exitCode(), run.toString());
            assertFalse(run.out().contains("sk-test-secret-key") || run.err().contains("sk-test-secret-key"));

            assertEquals(2, server.exchanges().size());
            Map<String, String> answers = toolAnswers(server.exchanges().get(1).body());
            String check = answers.get("call_Lk1check");
            assertTrue(check.startsWith("false: the shortest behaviour of the model to a state where it is false (2 states):"), check);
            assertTrue(check.contains("State 1: <Initial predicate>") && check.contains("State 2: <Request"), check);
            String parse = answers.get("call_Lk2parse");
            assertTrue(parse.startsWith("parse error:") && parse.contains("Procz"), "SANY's word on an unknown name: " + parse);
            String simulation = answers.get("call_Lk3sim");
            assertTrue(simulation.startsWith("a random behaviour of 3 steps:") && simulation.contains("State 4: <")
                    && !simulation.contains("State 5:"), simulation);
            assertTrue(answers.get("call_Lk4exec").startsWith("refused: uses IOExec, which can act outside the model"),
                    "the injection never reaches TLC: " + answers.get("call_Lk4exec"));

            JsonNode doc = new ObjectMapper().readTree(run.out());
            assertEquals(Set.of(), DraftSchema.violations(doc), run.out());
            assertEquals("openai:gpt-4o-mini", doc.path("drafter").asText());
            assertEquals(4, doc.path("llm").path("toolCalls").asInt());
            assertEquals(2, doc.path("llm").path("requests").asInt());
            assertEquals(1900 + 1800, doc.path("llm").path("inputTokens").asInt());
            assertEquals("Procs = {p1, p2, p3}", doc.path("model").path("constants").asText());
            assertEquals("Sneaky", doc.path("refused").get(0).path("name").asText());
            assertTrue(doc.path("refused").get(0).path("reason").asText().startsWith("uses IOExec"));
            JsonNode allIdle = candidate(doc, "AllIdle");
            assertEquals("refuted", allIdle.path("status").asText());
            assertTrue(allIdle.path("refutingState").has("pc"), allIdle.toString());
            JsonNode accepted = candidate(doc, "OneInCritical");
            assertEquals("accepted", accepted.path("status").asText(), doc.toString());
            assertTrue(accepted.path("killRate").asDouble() > 0, accepted.toString());
            int killedByKind = 0;
            for (JsonNode kind : accepted.path("mutantsByKind")) {
                killedByKind += kind.path("killed").asInt();
            }
            assertEquals(accepted.path("mutantsKilled").asInt(), killedByKind, "the kinds add up: " + accepted);
            assertTrue(doc.path("claim").asText().contains("(Procs = {p1, p2, p3})"), doc.path("claim").asText());
        }
    }

    private static JsonNode candidate(JsonNode doc, String name) {
        for (JsonNode c : doc.path("candidates")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no candidate " + name + " in " + doc);
    }

    /** The tool results a request carries, by the id of the call they answer. */
    private static Map<String, String> toolAnswers(String body) throws IOException {
        Map<String, String> answers = new HashMap<>();
        for (JsonNode m : new ObjectMapper().readTree(body).path("messages")) {
            if (m.path("role").asText().equals("tool")) {
                answers.put(m.path("tool_call_id").asText(), m.path("content").asText());
            }
        }
        return answers;
    }
}
