package dev.invar.assistant.prove;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search for an inductive strengthening of a safety property found.
 *
 * @param lemmas the lemmas chosen, in order; with TypeOK and the safety property they form the invariant
 * @param result the last inductive check, of that invariant
 * @param stuck a counterexample to induction that no candidate lemma valid on the model rules out
 * @param candidates how many candidate lemmas the grammar offered
 * @param counterexamples how many counterexamples to induction were ruled out along the way
 * @param tlcRuns how many TLC runs the search took
 */
public record ProofSearch(Status status, String safety, String typeOk, List<Lemma> lemmas, Optional<InductionResult> result,
                          Optional<InductionResult.Cti> stuck, PredicateGrammar grammar, int candidates, int rounds,
                          int counterexamples, int tlcRuns, Optional<String> detail, Duration wallTime) {
    public ProofSearch {
        Objects.requireNonNull(status, "status");
        lemmas = List.copyOf(lemmas);
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(stuck, "stuck");
        Objects.requireNonNull(detail, "detail");
    }

    /** How the search ended. */
    public enum Status {
        /** No counterexample to induction: exhaustively on the instance, or in the sample (see the result). */
        INDUCTIVE,
        /** The safety property is false in a reachable state of the model: there is nothing to strengthen. */
        SAFETY_VIOLATED,
        /** A counterexample to induction that no valid candidate rules out: the grammar is too weak. */
        STUCK,
        /** The time or round budget ran out first. */
        OUT_OF_BUDGET,
        /** TLC could not evaluate the spec or a generated module. */
        FAILED
    }

    /**
     * A lemma of the invariant and how many counterexamples to induction it ruled out when chosen.
     *
     * @param source where it came from: the predicate grammar, or a lemma source such as a language model
     * @param proposedBy the lemma source's name ({@code provider:model}); empty for the grammar
     */
    public record Lemma(String name, String expression, int ruledOut, Source source, Optional<String> proposedBy) {
        public Lemma {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(proposedBy, "proposedBy");
        }

        /** A lemma chosen from the grammar. */
        public static Lemma fromGrammar(String name, String expression, int ruledOut) {
            return new Lemma(name, expression, ruledOut, Source.GRAMMAR, Optional.empty());
        }

        /** A lemma a language model proposed, which then passed the same checks. */
        public static Lemma fromLlm(String name, String expression, int ruledOut, String model) {
            return new Lemma(name, expression, ruledOut, Source.LLM, Optional.of(model));
        }
    }

    /** Where a lemma came from; reports write it in lower case ({@code grammar}, {@code llm}). */
    public enum Source {
        GRAMMAR,
        LLM
    }

    /** The conjunction that is (or was to be) inductive. */
    public String invariant() {
        return ProofSearch.conjunction(typeOk, safety, lemmas);
    }

    static String conjunction(String typeOk, String safety, List<Lemma> lemmas) {
        StringBuilder s = new StringBuilder(typeOk + " /\\ (" + safety + ")");
        lemmas.forEach(l -> s.append(" /\\ (").append(l.expression()).append(')'));
        return s.toString();
    }
}
