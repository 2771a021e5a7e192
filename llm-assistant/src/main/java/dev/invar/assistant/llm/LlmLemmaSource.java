package dev.invar.assistant.llm;

import dev.invar.assistant.AssistantException;
import dev.invar.assistant.Candidate;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.SpecContext;
import dev.invar.assistant.prove.InductionResult;
import dev.invar.assistant.prove.LemmaSource;
import dev.invar.tlc.TlaValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Asks a language model for lemmas when the grammar has none left that rule out the counterexamples to
 * induction. Each request is a drafting round of an {@link LlmDrafter} whose context holds the states to rule
 * out, so the reply is parsed, sanitised and metered exactly as {@code draft}'s are; the prover then checks
 * every proposal on the model. A provider that cannot be asked (key refused, unreachable) gives no lemmas
 * rather than ending the search; {@link #rounds()} says why.
 */
public final class LlmLemmaSource implements LemmaSource {
    private final LlmDrafter drafter;
    private final SpecContext context;
    private final DraftBudget budget;
    private final List<DraftRound> rounds = new ArrayList<>();

    /**
     * @param context what the model is told about the spec ({@code Assistant.context})
     * @param budget each request's time limit and number of lemmas, and the tokens of all requests together
     */
    public LlmLemmaSource(LlmDrafter drafter, SpecContext context, DraftBudget budget) {
        this.drafter = Objects.requireNonNull(drafter, "drafter");
        this.context = Objects.requireNonNull(context, "context");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    @Override
    public String name() {
        return drafter.name();
    }

    @Override
    public List<String> propose(String invariant, List<InductionResult.Cti> counterexamples) {
        List<String> states = counterexamples.stream().map(LlmLemmaSource::describe).toList();
        DraftRound round;
        try {
            round = drafter.draftRound(context.withObligation(new SpecContext.Obligation(invariant, states)), budget);
        } catch (AssistantException e) {
            // The search keeps what it found: a provider that cannot be asked means no lemmas, and the report says why.
            String why = e.getMessage();
            round = DraftRound.cutShort(why.startsWith(name() + ": ") ? why.substring(name().length() + 2) : why,
                    LlmUsage.none());
        }
        synchronized (this) {
            rounds.add(round);
        }
        return round.candidates().stream().map(Candidate::expression).toList();
    }

    /** What the model cost over all requests so far. */
    public LlmUsage usage() {
        return drafter.usage();
    }

    /** Every request's answer, with what was refused before any checking and why a request came up short. */
    public synchronized List<DraftRound> rounds() {
        return List.copyOf(rounds);
    }

    /** A counterexample to induction as the model is shown it: TLA+ conjunctions of variable values. */
    static String describe(InductionResult.Cti cti) {
        return "State 1 (satisfies the invariant; it need not be reachable):\n" + conjunction(cti.state())
                + "\nStep: " + cti.action().map(a -> a.strip().replaceAll("\\s+", " ")).orElse("a step of Next")
                + "\nState 2 (violates the invariant):\n" + conjunction(cti.successor());
    }

    private static String conjunction(Map<String, TlaValue> state) {
        StringBuilder out = new StringBuilder();
        state.forEach((name, value) -> out.append(out.length() == 0 ? "" : "\n")
                .append("/\\ ").append(name).append(" = ").append(value.toTla()));
        return out.toString();
    }
}
