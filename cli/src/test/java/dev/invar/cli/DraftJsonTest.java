package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code invar draft --json} with the built-in drafter: the documented schema, and no LLM section. */
class DraftJsonTest {

    @Test
    void aBuiltinDraftWithNothingToProposeFollowsTheSchemaAndSaysWhatItChecked() throws IOException {
        CliRun run = CliRun.models("draft", "Ring.tla", "--workers", "1", "--json");

        assertEquals(1, run.exitCode(), "no draft accepted: " + run);
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals(Set.of(), DraftSchema.violations(doc), run.out());
        assertEquals("builtin", doc.path("drafter").asText());
        assertTrue(doc.path("llm").isNull());
        assertEquals(64, doc.path("model").path("reachableStates").asInt());
        assertTrue(doc.path("model").path("exhaustive").asBoolean());
        assertEquals("0 of 0 drafts (builtin) survived mechanical checks on all 64 reachable states. These hold in this"
                + " model; that is not a proof for other constants.", doc.path("claim").asText());
    }
}
