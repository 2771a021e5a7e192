package dev.invar.cli.llm;

import dev.invar.assistant.llm.LlmDrafter;
import dev.invar.cli.UsageException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the LangChain4j {@link ChatModel} the user chose, the one place that knows providers, keys and
 * base URLs. Keys come only from the environment and go only into the client; they are never printed,
 * logged or written.
 */
public final class ChatModels {
    public static final String LLM_VARIABLE = "INVAR_LLM";
    public static final String BASE_URL_VARIABLE = "INVAR_LLM_BASE_URL";
    public static final String OPENAI_KEY_VARIABLE = "OPENAI_API_KEY";
    public static final String ANTHROPIC_KEY_VARIABLE = "ANTHROPIC_API_KEY";
    /** Per request; a drafting round has its own, usually longer, limit. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(3);

    /** Retries of a failed request (429, 5xx, timeouts) inside the client, with its back-off. */
    static final int MAX_RETRIES = 2;
    /** Anthropic requires an output limit; twenty drafts with rationales fit comfortably. */
    static final int ANTHROPIC_MAX_OUTPUT_TOKENS = 8_192;
    private static final String OLLAMA_DEFAULT_URL = "http://localhost:11434";

    private ChatModels() {
    }

    /**
     * The model chosen by {@code --llm} or {@code INVAR_LLM}, with its base URL from {@code --llm-base-url} or
     * {@code INVAR_LLM_BASE_URL}; empty when no model is chosen, and the built-in drafter is the one to use.
     *
     * @throws UsageException for a malformed choice or a missing key, naming what to set
     */
    public static Optional<ChosenModel> configured(Optional<String> llm, Optional<String> baseUrl,
                                                   Map<String, String> environment, Duration requestTimeout) {
        Optional<String> spec = llm.filter(s -> !s.isBlank()).or(() -> variable(environment, LLM_VARIABLE));
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        LlmChoice choice = LlmChoice.parse(spec.get(),
                baseUrl.filter(s -> !s.isBlank()).or(() -> variable(environment, BASE_URL_VARIABLE)));
        return Optional.of(build(choice, environment, requestTimeout));
    }

    /** The LLM drafter for the chosen model, or empty when none is chosen; see {@link #configured}. */
    public static Optional<LlmDrafter> drafter(Optional<String> llm, Optional<String> baseUrl,
                                               Map<String, String> environment, Duration requestTimeout) {
        return configured(llm, baseUrl, environment, requestTimeout)
                .map(chosen -> LlmDrafter.create(chosen.name(), chosen.chatModel()));
    }

    /** Builds the client for a choice. */
    public static ChosenModel build(LlmChoice choice, Map<String, String> environment, Duration requestTimeout) {
        String base = choice.baseUrl().map(Object::toString).orElse(null);
        ChatModel model = switch (choice.provider()) {
            case OPENAI -> OpenAiChatModel.builder()
                    .modelName(choice.model())
                    .baseUrl(base)
                    .apiKey(openAiKey(choice, environment))
                    .timeout(requestTimeout)
                    .maxRetries(MAX_RETRIES)
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .strictJsonSchema(true)
                    .build();
            case ANTHROPIC -> AnthropicChatModel.builder()
                    .modelName(choice.model())
                    .baseUrl(base)
                    .apiKey(requiredKey(choice, environment, ANTHROPIC_KEY_VARIABLE, ""))
                    .maxTokens(ANTHROPIC_MAX_OUTPUT_TOKENS)
                    .timeout(requestTimeout)
                    .maxRetries(MAX_RETRIES)
                    .build();
            case OLLAMA -> OllamaChatModel.builder()
                    .modelName(choice.model())
                    .baseUrl(base == null ? OLLAMA_DEFAULT_URL : base)
                    .timeout(requestTimeout)
                    .maxRetries(MAX_RETRIES)
                    .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                    .build();
        };
        return new ChosenModel(choice.name(), model);
    }

    /**
     * OpenAI itself needs a key; a server of one's own (vLLM, llama.cpp, LM Studio) usually needs none but
     * the client insists on one, so a placeholder goes instead.
     */
    private static String openAiKey(LlmChoice choice, Map<String, String> environment) {
        Optional<String> key = variable(environment, OPENAI_KEY_VARIABLE);
        if (key.isPresent() || choice.baseUrl().isEmpty()) {
            return requiredKey(choice, environment, OPENAI_KEY_VARIABLE,
                    " (or, for an OpenAI-compatible server, give its address with --llm-base-url)");
        }
        return "no-key";
    }

    private static String requiredKey(LlmChoice choice, Map<String, String> environment, String variable,
                                      String hint) {
        return variable(environment, variable).orElseThrow(() -> new UsageException(
                "--llm " + choice.name() + " needs an API key: set " + variable + " in the environment" + hint));
    }

    private static Optional<String> variable(Map<String, String> environment, String name) {
        return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }
}
