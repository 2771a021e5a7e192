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

/**
 * {@code invar prove --llm} end to end: the grammar given is too weak to rule out the counterexample to
 * induction of mutual exclusion, so the model is asked (the real OpenAI client against a local server replaying
 * a recorded answer); its lemma is checked by real TLC and makes the invariant inductive.
 */
class ProveWithLlmTest {
    private static final String KEY = "sk-test-secret-key";
    private static final String LEMMA = "\\A p \\in Procs : pc[p] = \"critical\" => holder = {p}";

    /** A grammar whose only predicate says nothing: no lemma built from it rules anything out. */
    private static Path weakSpec(Path dir) throws IOException {
        Files.copy(CliRun.MODELS.resolve("Lock.tla"), dir.resolve("Lock.tla"));
        Files.copy(CliRun.MODELS.resolve("Lock.cfg"), dir.resolve("Lock.cfg"));
        return Files.writeString(dir.resolve("config.json"), """
                {"preds": ["holder = holder"], "quant_inv": "", "safety": "MutualExclusion", "typeok": "TypeOK"}
                """);
    }

    @Test
    void theModelSuppliesTheLemmaTheGrammarLacksAndTheReportSaysSo(@TempDir Path dir) throws IOException {
        weakSpec(dir);
        try (ReplayServer server = ReplayServer.start().replies(200, "openai/lock-lemma.json")) {
            CliRun run = CliRun.in(dir, Map.of("OPENAI_API_KEY", KEY, "PATH", "/nonexistent"), "prove", "Lock.tla",
                    "--grammar", "config.json", "--workers", "1", "--no-color",
                    "--llm", "openai:gpt-4o-mini", "--llm-base-url", server.url("/v1"));

            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().contains("is inductive on instance Procs = {p1, p2, p3}, exhaustively"), run.out());
            assertTrue(run.out().contains("Lemma1 == " + LEMMA + "   (rules out 1; proposed by openai:gpt-4o-mini, not from the grammar)"),
                    run.out());
            assertTrue(run.out().contains("LLM use: 1 rounds, 1 requests, 0 tool calls, 2300 input and 95 output tokens."), run.out());
            assertFalse(run.out().contains(KEY) || run.err().contains(KEY), "the key is never printed");
            assertEquals(1, server.exchanges().size(), "asked once, when the grammar was stuck");
            assertTrue(server.exchanges().get(0).body().contains("States to rule out"), server.exchanges().get(0).body());
            String proof = Files.readString(dir.resolve("Lock_IndProof.tla"));
            assertTrue(proof.contains("proposed by openai:gpt-4o-mini, checked like the others.\nLemma1 == " + LEMMA), proof);
        }
    }

    @Test
    void theJsonReportMarksTheLemmaAsTheModelsAndCountsItsTokens(@TempDir Path dir) throws IOException {
        weakSpec(dir);
        try (ReplayServer server = ReplayServer.start().replies(200, "openai/lock-lemma.json")) {
            CliRun run = CliRun.in(dir, Map.of("OPENAI_API_KEY", KEY, "PATH", "/nonexistent", "INVAR_LLM", "openai:gpt-4o-mini",
                    "INVAR_LLM_BASE_URL", server.url("/v1")), "prove", "Lock.tla", "--grammar", "config.json", "--workers", "1",
                    "--json", "-o", "out");

            assertEquals(0, run.exitCode(), run.toString());
            JsonNode doc = new ObjectMapper().readTree(run.out());
            assertEquals("inductive", doc.get("status").asText());
            JsonNode lemma = doc.get("lemmas").get(0);
            assertEquals(LEMMA, lemma.get("expression").asText());
            assertEquals("llm", lemma.get("source").asText());
            assertEquals("openai:gpt-4o-mini", lemma.get("proposedBy").asText());
            assertEquals("openai:gpt-4o-mini", doc.get("llm").get("model").asText());
            assertEquals(2300, doc.get("llm").get("inputTokens").asLong());
            assertEquals(95, doc.get("llm").get("outputTokens").asLong());
            assertFalse(run.out().contains(KEY), "the key is never printed");
        }
    }
}
