package dev.invar.cli.llm;

import dev.langchain4j.model.chat.ChatModel;
import java.util.Objects;

/**
 * A built model and the name reports give it.
 *
 * @param name {@code provider:model}
 * @param chatModel the client, holding whatever key it needs (never printed: this record's text is the name)
 */
public record ChosenModel(String name, ChatModel chatModel) {
    public ChosenModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chatModel, "chatModel");
    }

    @Override
    public String toString() {
        return name;
    }
}
