package dev.invar.assistant.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Wraps the caller's model for one round: counts every request and the tokens each response reports, and
 * refuses to send a request once the round's deadline has passed or the token allowance would be exceeded.
 * Sitting under AiServices, it sees the tool loop's requests too, and it keeps counting when the reply
 * later fails to parse.
 */
final class MeteredChatModel implements ChatModel {
    /** Rough size of a token in characters, to judge before sending whether a prompt still fits. */
    private static final int CHARACTERS_PER_TOKEN = 4;

    private final ChatModel model;
    private final long tokenAllowance;
    private final Instant deadline;
    private final String timeUp;
    private int requests;
    private long inputTokens;
    private long outputTokens;
    private String lastReply = "";

    /** @param timeUp what to say when a request would start after the deadline */
    MeteredChatModel(ChatModel model, long tokenAllowance, Instant deadline, String timeUp) {
        this.model = model;
        this.tokenAllowance = tokenAllowance;
        this.deadline = deadline;
        this.timeUp = timeUp;
    }

    /** Thrown out of the tool loop to end the round; {@link LlmDrafter} turns it into a shortfall. */
    static final class RoundStopped extends RuntimeException {
        RoundStopped(String why) {
            super(why, null, false, false);
        }
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        if (Thread.currentThread().isInterrupted() || Instant.now().isAfter(deadline)) {
            throw new RoundStopped(timeUp);
        }
        long estimate = estimatedTokens(request.messages());
        synchronized (this) {
            if (inputTokens + outputTokens + estimate > tokenAllowance) {
                throw new RoundStopped("the token budget would be exceeded by the next request (about "
                        + estimate + " tokens of prompt, " + (tokenAllowance - inputTokens - outputTokens)
                        + " left)");
            }
        }
        ChatResponse response = model.chat(request);
        TokenUsage usage = response.tokenUsage();
        synchronized (this) {
            requests++;
            if (usage != null) {
                inputTokens += usage.inputTokenCount() == null ? 0 : usage.inputTokenCount();
                outputTokens += usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
            }
            AiMessage message = response.aiMessage();
            lastReply = message == null || message.text() == null ? "" : message.text();
        }
        return response;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return chat(request);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return model.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
        // The wrapped model runs its own listeners inside its chat(); running them here too would double them.
        return List.of();
    }

    @Override
    public ModelProvider provider() {
        return model.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return model.supportedCapabilities();
    }

    synchronized int requests() {
        return requests;
    }

    synchronized long inputTokens() {
        return inputTokens;
    }

    synchronized long outputTokens() {
        return outputTokens;
    }

    /** The text of the last response, to quote when it could not be parsed. */
    synchronized String lastReply() {
        return lastReply;
    }

    private static long estimatedTokens(List<ChatMessage> messages) {
        long characters = 0;
        for (ChatMessage message : messages) {
            if (message instanceof UserMessage user) {
                characters += user.hasSingleText() ? user.singleText().length() : user.toString().length();
            } else if (message instanceof SystemMessage system) {
                characters += system.text().length();
            } else if (message instanceof AiMessage ai) {
                characters += ai.text() == null ? 0 : ai.text().length();
            } else if (message instanceof ToolExecutionResultMessage tool) {
                characters += tool.text() == null ? 0 : tool.text().length();
            }
        }
        return characters / CHARACTERS_PER_TOKEN;
    }
}
