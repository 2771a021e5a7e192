package dev.invar.assistant.llm;

import dev.invar.assistant.AssistantException;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a provider's failure into a message a user can act on. Provider error bodies can quote part of the
 * API key ("Incorrect API key provided: sk-…abcd"), so anything key-like is blanked out, and the original
 * exception, whose message is the raw body, is not kept as the cause.
 */
public final class ProviderFailures {
    private static final Pattern KEY_LIKE = Pattern.compile(
            "(?i)\\b(?:sk|key|api[_-]?key)[-_][A-Za-z0-9_*.\\-]{6,}|[A-Za-z0-9_\\-]*\\*{3,}[A-Za-z0-9_\\-]*"
                    + "|\\b[A-Za-z0-9_\\-]{32,}\\b");
    private static final Pattern ERROR_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final int MAX_DETAIL = 300;

    private ProviderFailures() {
    }

    /** @param drafter who asked, named first in the message (e.g. the model) */
    public static AssistantException of(String drafter, Throwable failure) {
        String detail = detail(failure);
        String what;
        if (failure instanceof AuthenticationException) {
            what = "the provider refused the API key";
        } else if (failure instanceof ModelNotFoundException) {
            what = "the provider does not know this model";
        } else if (failure instanceof RateLimitException) {
            what = "the provider is rate-limiting requests and retries did not help; try again later";
        } else if (failure instanceof InternalServerException) {
            what = "the provider failed with a server error, also on retrying";
        } else if (failure instanceof InvalidRequestException) {
            what = "the provider rejected the request";
        } else {
            what = "the model could not be asked (" + failure.getClass().getSimpleName() + ")";
        }
        Integer status = httpStatus(failure);
        return new AssistantException(drafter + ": " + what + (status == null ? "" : " (HTTP " + status + ")")
                + ": " + detail);
    }

    private static Integer httpStatus(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpException http) {
                return http.statusCode();
            }
        }
        return null;
    }

    static String redact(String text) {
        return KEY_LIKE.matcher(text).replaceAll("[redacted]");
    }

    private static String detail(Throwable failure) {
        Throwable root = failure;
        while ((root.getMessage() == null || root.getMessage().isBlank()) && root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // Providers answer errors as JSON; their "message" is the part written for people.
        Matcher quoted = ERROR_MESSAGE.matcher(message);
        if (quoted.find()) {
            message = quoted.group(1).replace("\\\"", "\"");
        }
        String oneLine = redact(message.strip().replaceAll("\\s+", " "));
        return oneLine.length() <= MAX_DETAIL ? oneLine : oneLine.substring(0, MAX_DETAIL) + "…";
    }
}
