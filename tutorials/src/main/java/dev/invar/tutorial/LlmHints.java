package dev.invar.tutorial;

import dev.invar.assistant.llm.ProviderFailures;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Hints written by a language model: it sees the step, the learner's file, the last feedback and the built-in
 * hints, and is told to nudge, not to answer. Its text is untrusted: control characters are removed before a
 * terminal shows it.
 */
final class LlmHints {
    private static final int MAX_FILE = 12_000;
    private final ChatModel model;
    private final String modelName;

    LlmHints(ChatModel model, String modelName) {
        this.model = model;
        this.modelName = modelName;
    }

    Hint hint(Lesson lesson, Step step, String stepText, List<LearnerFile> files, Optional<String> feedback) {
        StringBuilder user = new StringBuilder();
        user.append("Lesson ").append(lesson.number()).append(": ").append(lesson.title()).append("\n");
        user.append("Step: ").append(step.title()).append("\n\n").append(stepText.strip()).append("\n\n");
        for (LearnerFile f : files) {
            String text = f.text().length() > MAX_FILE ? f.text().substring(0, MAX_FILE) + "\n(…cut)" : f.text();
            user.append("The learner's ").append(f.name()).append(":\n```tla\n").append(text).append("\n```\n\n");
        }
        user.append("Last feedback from the checker: ").append(feedback.orElse("(the learner has not checked yet)")).append("\n\n");
        user.append("Teacher's notes (hints from gentle to nearly the answer; do not quote them):\n");
        step.hints().forEach(h -> user.append("- ").append(h).append('\n'));
        String text;
        try {
            text = model.chat(SystemMessage.from(systemPrompt()), UserMessage.from(user.toString())).aiMessage().text();
        } catch (RuntimeException e) {
            throw ProviderFailures.of(modelName, e);
        }
        return new Hint(printable(text == null ? "" : text).strip(), modelName, 0, step.hints().size());
    }

    /** Keeps newlines and tabs; drops escape sequences and other control characters a terminal would obey. */
    static String printable(String text) {
        return text.replaceAll("\u001B\\[[0-9;?]*[ -/]*[@-~]", "").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
    }

    private static String systemPrompt() {
        try (InputStream in = LlmHints.class.getClassLoader().getResourceAsStream("prompts/learn-hint.txt")) {
            if (in == null) {
                throw new TutorialException("the hint prompt is missing from Invar's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the lesson's folder, as the learner has it now. */
    record LearnerFile(String name, String text) {
    }
}
