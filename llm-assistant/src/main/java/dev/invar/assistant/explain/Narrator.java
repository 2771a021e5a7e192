package dev.invar.assistant.explain;

import dev.invar.assistant.AssistantException;
import dev.invar.assistant.Prompts;
import dev.invar.assistant.TraceText;
import dev.invar.assistant.llm.ProviderFailures;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.model.output.TokenUsage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Asks a language model for a plain-English account of a counterexample, given the spec, the trace as TLC
 * prints it and the structured summary (so it starts from what TLC decided, not from a guess).
 */
public final class Narrator {
    static final int MAX_MODULE_LENGTH = 20_000;
    /** A terminal control sequence (ESC [ … final byte), dropped whole so no fragment of it is printed. */
    private static final String ANSI_SEQUENCE = "\u001b\\[[0-9;?]*[ -/]*[@-~]";
    static final int MAX_TRACE_LENGTH = 12_000;

    private final String name;
    private final ChatModel model;

    /** @param name how reports name the model, {@code provider:model} */
    public Narrator(String name, ChatModel model) {
        this.name = Objects.requireNonNull(name, "name");
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * @param summary the structured summary, rendered as the user would read it
     * @throws AssistantException when the provider cannot be asked or answers nothing
     */
    public Narration narrate(Summary summary, String summaryText) {
        ChatResponse response;
        try {
            response = model.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(resource("/prompts/explain-system.txt")),
                            UserMessage.from(prompt(summary, summaryText)))
                    .build());
        } catch (RuntimeException e) {
            throw ProviderFailures.of(name, e);
        }
        String text = Optional.ofNullable(response.aiMessage()).map(m -> m.text()).orElse("");
        // Untrusted text for a terminal: keep line breaks and tabs, drop escape sequences and other controls.
        String clean = text.replaceAll(ANSI_SEQUENCE, "").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").strip();
        if (clean.isEmpty()) {
            throw new AssistantException(name + ": the model answered with no text");
        }
        TokenUsage usage = response.tokenUsage();
        return new Narration(name, clean, usage == null || usage.inputTokenCount() == null ? 0 : usage.inputTokenCount(),
                usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount());
    }

    static String prompt(Summary summary, String summaryText) {
        Counterexample cx = summary.counterexample();
        Map<String, Object> values = new HashMap<>();
        String moduleText = cx.model().map(m -> read(m.spec())).orElse("(the spec's text is not available)");
        values.put("moduleName", cx.model().map(m -> m.moduleName()).orElse("(unknown)"));
        values.put("moduleText", cut(moduleText.strip(), MAX_MODULE_LENGTH));
        values.put("finding", cx.kind().id() + cx.property().map(p -> " of " + p).orElse("") + ": "
                + cx.message().strip().replaceAll("\\s+", " "));
        values.put("definition", summary.definition().map(d -> "\nIts definition: " + d.strip() + "\n").orElse(""));
        values.put("trace", cut(TraceText.of(cx.trace()), MAX_TRACE_LENGTH));
        values.put("summary", summaryText.strip());
        return PromptTemplate.from(resource("/prompts/explain.txt")).apply(values).text();
    }

    private static String read(java.nio.file.Path spec) {
        try {
            return Files.readString(spec);
        } catch (IOException e) {
            return "(the spec's text could not be read)";
        }
    }

    private static String cut(String text, int limit) {
        return text.length() <= limit ? text : text.substring(0, limit) + "\n… (cut)";
    }

    private static String resource(String path) {
        return Prompts.text(path);
    }
}
