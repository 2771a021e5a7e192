package dev.invar.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The prompt templates shipped under {@code prompts/} in the assistant's resources. */
public final class Prompts {
    private Prompts() {
    }

    /** @param path e.g. {@code /prompts/draft-system.txt} */
    public static String text(String path) {
        try (InputStream in = Prompts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssistantException("the prompt " + path + " is missing from the assistant's resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssistantException("cannot read the prompt " + path, e);
        }
    }
}
