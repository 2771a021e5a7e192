package dev.invar.cli.llm;

import dev.invar.cli.UsageException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which model the user asked for: {@code --llm provider:model} (or {@code INVAR_LLM}) and, for a server of
 * one's own, {@code --llm-base-url} (or {@code INVAR_LLM_BASE_URL}).
 *
 * @param provider who serves the model
 * @param model the provider's name for it; may itself hold a colon ({@code ollama:llama3.1:8b})
 * @param baseUrl where the provider's API is, when not its usual address
 */
public record LlmChoice(Provider provider, String model, Optional<URI> baseUrl) {
    static final String EXAMPLES = "e.g. openai:gpt-4o, anthropic:claude-sonnet-4-5, ollama:llama3.1";

    public LlmChoice {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(baseUrl, "baseUrl");
    }

    /** The providers Invar can build a model for. */
    public enum Provider {
        /** OpenAI, or any server speaking its chat-completions API (vLLM, llama.cpp server, LM Studio). */
        OPENAI,
        ANTHROPIC,
        OLLAMA;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Parses {@code provider:model}; a malformed value is a usage error that says what is expected. */
    public static LlmChoice parse(String spec, Optional<String> baseUrl) {
        String s = spec.strip();
        int colon = s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new UsageException("--llm expects provider:model (" + EXAMPLES + "), not '" + s + "'");
        }
        String providerId = s.substring(0, colon).toLowerCase(Locale.ROOT);
        Provider provider = Arrays.stream(Provider.values()).filter(p -> p.id().equals(providerId)).findFirst()
                .orElseThrow(() -> new UsageException("--llm: unknown provider '" + providerId + "'; known: "
                        + Arrays.stream(Provider.values()).map(Provider::id).collect(Collectors.joining(", "))
                        + " (an OpenAI-compatible server is openai with --llm-base-url)"));
        return new LlmChoice(provider, s.substring(colon + 1).strip(), baseUrl.map(String::strip)
                .filter(u -> !u.isEmpty()).map(LlmChoice::url));
    }

    /** How reports name the drafter: {@code provider:model}. */
    public String name() {
        return provider.id() + ":" + model;
    }

    private static URI url(String text) {
        try {
            URI uri = new URI(text);
            if (("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below, with the example.
        }
        // The text is not echoed: a URL with credentials in it is exactly what must not be printed.
        throw new UsageException("--llm-base-url must be an http(s) URL without credentials in it, e.g."
                + " http://localhost:8000/v1");
    }
}
