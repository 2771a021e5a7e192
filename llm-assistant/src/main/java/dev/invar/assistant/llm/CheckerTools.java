package dev.invar.assistant.llm;

import dev.invar.assistant.DraftSanitizer;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The checker offered to a capable model as LangChain4j tools. The model's arguments are untrusted like
 * the rest of its output: every expression passes {@link DraftSanitizer} before the checker sees it, and
 * answers are cut to a length a prompt can hold.
 */
public final class CheckerTools {
    /** A counterexample longer than this is cut: the model needs its shape, not every state. */
    static final int MAX_ANSWER_LENGTH = 4_000;
    static final int MAX_DEPTH = 50;

    private final CheckerAccess checker;
    private final AtomicInteger calls = new AtomicInteger();

    public CheckerTools(CheckerAccess checker) {
        this.checker = Objects.requireNonNull(checker, "checker");
    }

    @Tool("Parse a TLA+ state predicate against the spec with SANY. Answers 'ok' or the parse error.")
    public String parse(@P("the predicate, in ASCII TLA+") String expression) {
        return withCleaned(expression, checker::parse);
    }

    @Tool("Check a candidate invariant on every reachable state of the model. Answers that it holds, or the"
            + " shortest behaviour that reaches a state where it is false.")
    public String checkCandidate(@P("the predicate, in ASCII TLA+") String expression) {
        return withCleaned(expression, checker::checkCandidate);
    }

    @Tool("Simulate one random behaviour of the spec and show its states.")
    public String simulate(@P("how many steps, 1 to 50") int depth) {
        calls.incrementAndGet();
        if (Thread.currentThread().isInterrupted()) {
            return "stopped: the round's time limit was reached";
        }
        return answer(() -> checker.simulate(Math.max(1, Math.min(MAX_DEPTH, depth))));
    }

    /** How many times the model called a tool. */
    public int calls() {
        return calls.get();
    }

    private String withCleaned(String expression, Function<String, String> use) {
        calls.incrementAndGet();
        if (Thread.currentThread().isInterrupted()) {
            return "stopped: the round's time limit was reached";
        }
        DraftSanitizer.Cleaned cleaned = DraftSanitizer.expression(expression);
        if (!cleaned.isAccepted()) {
            return "refused: " + cleaned.refusal().orElseThrow();
        }
        return answer(() -> use.apply(cleaned.expression()));
    }

    private static String answer(java.util.function.Supplier<String> call) {
        String text;
        try {
            text = call.get();
        } catch (RuntimeException e) {
            // The model can often recover from a failed check (e.g. rephrase); the round goes on.
            text = "error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_ANSWER_LENGTH ? text
                : text.substring(0, MAX_ANSWER_LENGTH) + "\n… (cut after " + MAX_ANSWER_LENGTH + " characters)";
    }
}
