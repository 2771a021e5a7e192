package dev.invar.cli.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.cli.UsageException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChatModelsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String OPENAI_KEY = "sk-secret-openai-0123456789";

    private static Optional<ChosenModel> configured(String llm, String baseUrl, Map<String, String> env) {
        return ChatModels.configured(Optional.ofNullable(llm), Optional.ofNullable(baseUrl), env, TIMEOUT);
    }

    @Test
    void noModelChosenMeansTheBuiltInDrafter() {
        assertTrue(configured(null, null, Map.of()).isEmpty());
        assertTrue(configured(null, null, Map.of(ChatModels.LLM_VARIABLE, "  ")).isEmpty());
        assertTrue(ChatModels.drafter(Optional.empty(), Optional.empty(), Map.of(), TIMEOUT).isEmpty());
    }

    @Test
    void theOptionWinsOverTheEnvironmentAndTheModelNameMayHoldAColon() {
        ChosenModel chosen = configured("ollama:llama3.1:8b", null,
                Map.of(ChatModels.LLM_VARIABLE, "openai:gpt-4o")).orElseThrow();

        assertEquals("ollama:llama3.1:8b", chosen.name());
        assertTrue(chosen.chatModel() instanceof OllamaChatModel);
        assertTrue(chosen.chatModel().supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA));
    }

    @Test
    void theEnvironmentChoosesWhenNoOptionDoes() {
        ChosenModel chosen = configured(null, null, Map.of(ChatModels.LLM_VARIABLE, "Anthropic:claude-sonnet-4-5",
                ChatModels.ANTHROPIC_KEY_VARIABLE, "sk-ant-secret")).orElseThrow();

        assertEquals("anthropic:claude-sonnet-4-5", chosen.name());
        assertTrue(chosen.chatModel() instanceof AnthropicChatModel);
    }

    @Test
    void openAiAsksForStructuredOutput() {
        ChosenModel chosen = configured("openai:gpt-4o", null, Map.of(ChatModels.OPENAI_KEY_VARIABLE, OPENAI_KEY))
                .orElseThrow();

        assertTrue(chosen.chatModel() instanceof OpenAiChatModel);
        assertTrue(chosen.chatModel().supportedCapabilities().contains(Capability.RESPONSE_FORMAT_JSON_SCHEMA));
    }

    @Test
    void aMissingKeyIsAUsageErrorNamingTheVariable() {
        UsageException openAi = assertThrows(UsageException.class, () -> configured("openai:gpt-4o", null, Map.of()));
        assertTrue(openAi.getMessage().contains("set OPENAI_API_KEY"), openAi.getMessage());
        assertTrue(openAi.getMessage().contains("--llm-base-url"), "points at the OpenAI-compatible way out");

        UsageException anthropic = assertThrows(UsageException.class,
                () -> configured("anthropic:claude-sonnet-4-5", "http://127.0.0.1:9/v1", Map.of()));
        assertTrue(anthropic.getMessage().contains("set ANTHROPIC_API_KEY"), anthropic.getMessage());

        UsageException blank = assertThrows(UsageException.class,
                () -> configured("openai:gpt-4o", null, Map.of(ChatModels.OPENAI_KEY_VARIABLE, " ")));
        assertTrue(blank.getMessage().contains("OPENAI_API_KEY"));
    }

    @Test
    void anOpenAiCompatibleServerOfOnesOwnNeedsNoKey() {
        ChosenModel chosen = configured("openai:Qwen2.5-Coder-7B", null,
                Map.of(ChatModels.BASE_URL_VARIABLE, "http://localhost:8000/v1")).orElseThrow();
        assertEquals("openai:Qwen2.5-Coder-7B", chosen.name());
    }

    @Test
    void malformedChoicesAreUsageErrorsThatSayWhatIsExpected() {
        assertTrue(assertThrows(UsageException.class, () -> LlmChoice.parse("gpt-4o", Optional.empty()))
                .getMessage().contains("provider:model"));
        assertTrue(assertThrows(UsageException.class, () -> LlmChoice.parse("openai:", Optional.empty()))
                .getMessage().contains("provider:model"));
        String unknown = assertThrows(UsageException.class, () -> LlmChoice.parse("mistral:large", Optional.empty()))
                .getMessage();
        assertTrue(unknown.contains("unknown provider 'mistral'") && unknown.contains("openai, anthropic, ollama"),
                unknown);
        assertTrue(assertThrows(UsageException.class, () -> LlmChoice.parse("openai:x", Optional.of("ftp://h/v1")))
                .getMessage().contains("http(s)"));
    }

    @Test
    void aBaseUrlWithCredentialsIsRefusedWithoutEchoingThem() {
        UsageException e = assertThrows(UsageException.class,
                () -> LlmChoice.parse("openai:x", Optional.of("http://user:hunter2@localhost:8000/v1")));
        assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    }

    @Test
    void theBaseUrlIsKeptAsGiven() {
        LlmChoice choice = LlmChoice.parse(" openai:gpt-4o ", Optional.of(" http://localhost:8000/v1 "));
        assertEquals(Optional.of(URI.create("http://localhost:8000/v1")), choice.baseUrl());
        assertEquals(LlmChoice.Provider.OPENAI, choice.provider());
    }

    @picocli.CommandLine.Command(name = "draft")
    static final class WithLlmOptions {
        @picocli.CommandLine.Mixin
        LlmOptions llm;
    }

    @Test
    void theMixinReadsBothOptionsAndFallsBackToTheEnvironment() {
        WithLlmOptions command = new WithLlmOptions();
        new picocli.CommandLine(command).parseArgs("--llm", "ollama:qwen2.5", "--llm-base-url", "http://127.0.0.1:9");
        assertEquals("ollama:qwen2.5", command.llm.drafter(Map.of(), TIMEOUT).orElseThrow().name());

        WithLlmOptions none = new WithLlmOptions();
        new picocli.CommandLine(none).parseArgs();
        assertTrue(none.llm.drafter(Map.of(), TIMEOUT).isEmpty());
        assertEquals("ollama:phi4", none.llm.model(Map.of(ChatModels.LLM_VARIABLE, "ollama:phi4"), TIMEOUT)
                .orElseThrow().name());
    }

    @Test
    void theKeyIsNeverPartOfWhatIsShown() {
        ChosenModel chosen = configured("openai:gpt-4o", null, Map.of(ChatModels.OPENAI_KEY_VARIABLE, OPENAI_KEY))
                .orElseThrow();
        assertEquals("openai:gpt-4o", chosen.toString());
        assertFalse(chosen.chatModel().toString().contains(OPENAI_KEY));
    }
}
