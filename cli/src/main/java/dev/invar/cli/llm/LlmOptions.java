package dev.invar.cli.llm;

import dev.invar.assistant.llm.LlmDrafter;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Which language model to ask, for commands that can use one: a picocli mixin over {@link ChatModels}. */
public final class LlmOptions {
    @Option(names = "--llm", paramLabel = "PROVIDER:MODEL",
            description = "Ask a language model: openai:MODEL (or any OpenAI-compatible server with --llm-base-url),"
                    + " anthropic:MODEL or ollama:MODEL (also: INVAR_LLM). Keys from OPENAI_API_KEY or"
                    + " ANTHROPIC_API_KEY. Without it, Invar runs offline.")
    String llm;

    @Option(names = "--llm-base-url", paramLabel = "URL",
            description = "Where the model's API is, e.g. http://localhost:8000/v1 for vLLM, llama.cpp or"
                    + " LM Studio (also: INVAR_LLM_BASE_URL).")
    String baseUrl;

    /** The LLM drafter chosen here or in the environment; empty means the built-in drafter. */
    public Optional<LlmDrafter> drafter(Map<String, String> environment, Duration requestTimeout) {
        return ChatModels.drafter(Optional.ofNullable(llm), Optional.ofNullable(baseUrl), environment, requestTimeout);
    }

    /** The chosen model itself, for uses other than drafting (e.g. explaining a counterexample). */
    public Optional<ChosenModel> model(Map<String, String> environment, Duration requestTimeout) {
        return ChatModels.configured(Optional.ofNullable(llm), Optional.ofNullable(baseUrl), environment,
                requestTimeout);
    }
}
