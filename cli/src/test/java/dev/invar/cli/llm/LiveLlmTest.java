package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.llm.DraftRound;
import dev.invar.assistant.llm.LlmDrafter;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * One real round against a live provider, opt-in: {@code INVAR_LIVE_LLM=openai:gpt-4o-mini} (or any
 * {@code provider:model}), with the key, and {@code INVAR_LLM_BASE_URL} if needed, in the environment as
 * for the CLI. It costs a few thousand tokens.
 */
@EnabledIfEnvironmentVariable(named = "INVAR_LIVE_LLM", matches = ".+")
class LiveLlmTest {

    @Test
    void aLiveModelDraftsScreenedCandidatesForTheCounterSpec() {
        LlmDrafter drafter = ChatModels.drafter(Optional.of(System.getenv("INVAR_LIVE_LLM")), Optional.empty(),
                System.getenv(), Duration.ofMinutes(2)).orElseThrow();

        DraftRound round = drafter.draftRound(CounterSpec.context(), new DraftBudget(5, 30_000, Duration.ofMinutes(3)));

        assertFalse(round.candidates().isEmpty(), () -> "no candidates: " + round.shortfall().orElse("")
                + " refused: " + round.refused());
        assertTrue(round.candidates().size() <= 5);
        assertTrue(round.usage().inputTokens() > 0 && round.usage().outputTokens() > 0, round.usage().toString());
        round.candidates().forEach(c -> assertTrue(c.expression().chars().allMatch(ch -> ch < 0x7F),
                "ASCII TLA+ only: " + c.expression()));
    }
}
