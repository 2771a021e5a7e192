package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invar draft --llm} end to end: the real OpenAI client talks to a local server replaying recorded
 * responses; every draft is sanitised and vetted by real TLC, and the refuted ones go back to the model.
 */
class DraftWithLlmTest {

    @Test
    void draftsAreSanitisedVettedAndRefutationsFedBack(@TempDir Path dir) throws IOException {
        Files.copy(CliRun.MODELS.resolve("Lock.tla"), dir.resolve("Lock.tla"));
        Files.copy(CliRun.MODELS.resolve("Lock.cfg"), dir.resolve("Lock.cfg"));
        try (ReplayServer server = ReplayServer.start()
                .replies(200, "openai/lock-drafts.json").replies(200, "openai/lock-drafts-round2.json")) {
            CliRun run = CliRun.in(dir, Map.of("OPENAI_API_KEY", "sk-test-secret-key"), "draft", "Lock.tla", "--workers", "1",
                    "--llm", "openai:gpt-4o-mini", "--llm-base-url", server.url("/v1"), "--rounds", "2", "--all");
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().contains("(openai:gpt-4o-mini)"), run.out());
            assertTrue(run.out().contains("1 draft was refused before any checking:"), run.out());
            assertTrue(run.out().matches("(?s).*Sneaky +IOExec\\(<<\"rm\", \"-rf\", \"/\">>\\)\\.exitValue = 0 +uses IOExec.*"),
                    "the dangerous draft is listed as refused, with the reason: " + run.out());
            assertFalse(run.out().matches("(?s).*Sneaky +(accepted|refuted|rejected).*"), "and never vetted: " + run.out());
            assertTrue(run.out().contains("\\A p \\in Procs : p \\in holder => pc[p] = \"critical\""), "Unicode and fences cleaned: " + run.out());
            assertTrue(run.out().contains("AllIdle") && run.out().contains("refuted"), run.out());
            assertTrue(run.out().contains("Cardinality(holder) <= 1"), "round two was vetted too: " + run.out());
            assertTrue(run.out().contains("LLM use: 2 rounds, 2 requests, 0 tool calls, 4100 input and 420 output tokens."), run.out());
            assertFalse(run.out().contains("sk-test-secret-key") || run.err().contains("sk-test-secret-key"), "the key is never printed");
            assertEquals(2, server.exchanges().size());
            assertTrue(server.exchanges().get(0).body().contains("\"checkCandidate\""), "the checker is offered as tools");
            String second = server.exchanges().get(1).body();
            assertTrue(second.contains("AllIdle") && second.contains("State 1: <Initial predicate>")
                    && second.contains("State 2: <Request"), "the shortest counterexample goes back to the model: " + second);
            assertFalse(second.contains("State 3:"), "a shortest one: one Request makes AllIdle false: " + second);
            assertFalse(second.contains("IOExec"), "a refused draft is not echoed back");
        }
    }
}
