package dev.invar.cli.render;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.invar.assistant.llm.LlmUsage;

/** What a language model cost, as every report writes it: one line of text, or a JSON object. */
public final class LlmUse {
    private LlmUse() {
    }

    /** e.g. {@code LLM use: 2 rounds, 2 requests, 0 tool calls, 4100 input and 420 output tokens.} */
    public static String line(LlmUsage u) {
        return "LLM use: " + u.rounds() + " rounds, " + u.requests() + " requests, " + u.toolCalls() + " tool calls, "
                + u.inputTokens() + " input and " + u.outputTokens() + " output tokens.";
    }

    public static ObjectNode json(LlmUsage u) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("rounds", u.rounds());
        node.put("requests", u.requests());
        node.put("toolCalls", u.toolCalls());
        node.put("inputTokens", u.inputTokens());
        node.put("outputTokens", u.outputTokens());
        node.put("wallTimeMillis", u.wallTime().toMillis());
        return node;
    }
}
