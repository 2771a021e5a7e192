package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invar explain --llm}: the real OpenAI client against a server replaying a recorded answer. */
class ExplainWithLlmTest {
    private static final String KEY = "sk-test-explain-0123456789";

    @Test
    void theModelsAccountFollowsTheStructuredSummaryAndTheKeyIsNeverPrinted(@TempDir Path dir) throws IOException {
        Files.copy(CliRun.MODELS.resolve("Lock.tla"), dir.resolve("Lock.tla"));
        Files.copy(CliRun.MODELS.resolve("Lock.cfg"), dir.resolve("Lock.cfg"));
        try (ReplayServer server = ReplayServer.start().replies(200, "openai/explain-lock.json")) {
            CliRun run = CliRun.in(dir, Map.of(ChatModels.OPENAI_KEY_VARIABLE, KEY), "explain", "Lock.tla", "--workers", "1",
                    "--inv", "\\A p \\in Procs : pc[p] # \"critical\"", "--llm", "openai:gpt-4o-mini",
                    "--llm-base-url", server.url("/v1"));

            assertEquals(12, run.exitCode(), run.toString());
            assertTrue(run.out().contains("           false for p = p1\n"), "the structured summary comes first: " + run.out());
            assertTrue(run.out().contains("In plain English, by openai:gpt-4o-mini (a language model's reading;"
                    + " the facts above are TLC's):\n1. In state 1 every process is idle"), run.out());
            assertTrue(run.out().contains("the invariant, not the lock protocol, is what is wrong here.\n"
                    + "LLM use: 1 request, 1500 input and 120 output tokens.\n"), run.out());
            assertFalse(run.out().contains("\u001b"), "terminal escapes in the model's text are dropped");
            assertFalse(run.out().contains(KEY) || run.err().contains(KEY), "the key is never printed");

            assertEquals(1, server.exchanges().size());
            assertEquals("Bearer " + KEY, server.exchanges().get(0).header("Authorization"));
            JsonNode messages = new ObjectMapper().readTree(server.exchanges().get(0).body()).path("messages");
            String prompt = OpenAiReplayTest.content(messages.get(1));
            assertTrue(prompt.contains("State 3: <Acquire") && prompt.contains("/\\ holder = {p1}"),
                    "the counterexample as TLC prints it: " + prompt);
            assertTrue(prompt.contains("false for p = p1"), "and what TLC decided about it: " + prompt);
            assertTrue(prompt.contains("---- MODULE Lock ----") || prompt.contains("MODULE Lock"), "and the spec");
        }
    }

    @Test
    void aProviderThatRefusesTheKeyLeavesTheSummaryAndAOneLineError(@TempDir Path dir) throws IOException {
        Files.copy(CliRun.MODELS.resolve("Lock.tla"), dir.resolve("Lock.tla"));
        Files.copy(CliRun.MODELS.resolve("Lock.cfg"), dir.resolve("Lock.cfg"));
        try (ReplayServer server = ReplayServer.start().replies(401, "openai/error-401.json")) {
            CliRun run = CliRun.in(dir, Map.of(ChatModels.OPENAI_KEY_VARIABLE, KEY), "explain", "Lock.tla", "--workers", "1",
                    "--inv", "\\A p \\in Procs : pc[p] # \"critical\"", "--llm", "openai:gpt-4o-mini",
                    "--llm-base-url", server.url("/v1"));

            assertEquals(255, run.exitCode(), run.toString());
            assertTrue(run.out().contains("           false for p = p1\n"), run.out());
            assertTrue(run.err().startsWith("invar: openai:gpt-4o-mini: the provider refused the API key"), run.err());
            assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run.err());
            assertFalse(run.err().contains(KEY), run.err());
        }
    }
}
