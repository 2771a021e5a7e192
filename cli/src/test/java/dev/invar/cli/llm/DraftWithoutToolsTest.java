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

/** {@code invar draft --llm --no-llm-tools}: no tools offered, and a round that came up short says why. */
class DraftWithoutToolsTest {

    @Test
    void withoutToolsNoneAreOfferedAndARoundCutShortIsReported(@TempDir Path dir) throws IOException {
        Files.copy(CliRun.MODELS.resolve("Lock.tla"), dir.resolve("Lock.tla"));
        Files.copy(CliRun.MODELS.resolve("Lock.cfg"), dir.resolve("Lock.cfg"));
        try (ReplayServer server = ReplayServer.start().replies(200, "openai/malformed.json")) {
            CliRun run = CliRun.in(dir, Map.of("OPENAI_API_KEY", "sk-test-secret-key"), "draft", "Lock.tla", "--workers", "1",
                    "--llm", "openai:gpt-4o-mini", "--llm-base-url", server.url("/v1"), "--no-llm-tools", "--json");

            assertEquals(1, run.exitCode(), "no draft accepted: " + run);
            assertFalse(new ObjectMapper().readTree(server.exchanges().get(0).body()).has("tools"));
            JsonNode doc = new ObjectMapper().readTree(run.out());
            assertTrue(doc.path("shortfalls").get(0).asText()
                    .startsWith("round 1: the model's reply was not the JSON asked for: Sure! Here are"), doc.toString());
            assertEquals(0, doc.path("drafted").asInt());
        }
    }
}
