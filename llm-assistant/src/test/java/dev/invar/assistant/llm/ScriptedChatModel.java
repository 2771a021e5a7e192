package dev.invar.assistant.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.FinishReason;
import dev.langchain4j.model.output.TokenUsage;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** A model that answers from a script and keeps the requests it was sent; no provider, no network. */
final class ScriptedChatModel implements ChatModel {
    private final Deque<Supplier<ChatResponse>> script = new ArrayDeque<>();
    private final List<ChatRequest> requests = new ArrayList<>();
    private final Set<Capability> capabilities;

    ScriptedChatModel(Set<Capability> capabilities) {
        this.capabilities = capabilities;
    }

    ScriptedChatModel replies(String text, int inputTokens, int outputTokens) {
        script.add(() -> ChatResponse.builder().aiMessage(AiMessage.from(text))
                .tokenUsage(new TokenUsage(inputTokens, outputTokens)).finishReason(FinishReason.STOP).build());
        return this;
    }

    ScriptedChatModel callsTool(String tool, String argumentsJson, int inputTokens, int outputTokens) {
        ToolExecutionRequest call = ToolExecutionRequest.builder().id("call_" + script.size()).name(tool)
                .arguments(argumentsJson).build();
        script.add(() -> ChatResponse.builder().aiMessage(AiMessage.from(call))
                .tokenUsage(new TokenUsage(inputTokens, outputTokens)).finishReason(FinishReason.TOOL_EXECUTION)
                .build());
        return this;
    }

    ScriptedChatModel answersAfter(Duration delay, String text) {
        script.add(() -> {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted");
            }
            return ChatResponse.builder().aiMessage(AiMessage.from(text)).tokenUsage(new TokenUsage(10, 10)).build();
        });
        return this;
    }

    ScriptedChatModel fails(RuntimeException failure) {
        script.add(() -> {
            throw failure;
        });
        return this;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        synchronized (this) {
            requests.add(request);
            if (script.isEmpty()) {
                throw new IllegalStateException("the script has no reply left for request " + requests.size());
            }
        }
        return script.poll().get();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return capabilities;
    }

    synchronized List<ChatRequest> requests() {
        return List.copyOf(requests);
    }
}
