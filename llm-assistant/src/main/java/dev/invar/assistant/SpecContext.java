package dev.invar.assistant;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a drafter is told about a spec: its text and shape, states it can reach, and, in later rounds,
 * the drafts that were refuted with the shortest counterexample that refuted them.
 *
 * @param moduleText the root module's text, untouched
 * @param constants the constants with the values of the model being checked (e.g. {@code N = 3})
 * @param actions the names of the disjuncts of Next
 * @param typeOk the text of TypeOK's definition, if the spec has one
 * @param sampleStates a few reachable states, each as a TLA+ conjunction {@code /\ x = 1 /\ y = {}}
 * @param refuted earlier drafts and why they failed
 * @param obligation when lemmas are wanted rather than invariants: what they must rule out
 */
public record SpecContext(Path spec, String moduleName, String moduleText, List<String> variables, List<String> constants,
                          List<String> actions, Optional<String> typeOk, List<String> sampleStates,
                          List<Refutation> refuted, Optional<Obligation> obligation) {
    public SpecContext {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(moduleName, "moduleName");
        Objects.requireNonNull(moduleText, "moduleText");
        variables = List.copyOf(variables);
        constants = List.copyOf(constants);
        actions = List.copyOf(actions);
        Objects.requireNonNull(typeOk, "typeOk");
        sampleStates = List.copyOf(sampleStates);
        refuted = List.copyOf(refuted);
        Objects.requireNonNull(obligation, "obligation");
    }

    /** A context for drafting invariants, with no states to rule out. */
    public SpecContext(Path spec, String moduleName, String moduleText, List<String> variables, List<String> constants,
                       List<String> actions, Optional<String> typeOk, List<String> sampleStates, List<Refutation> refuted) {
        this(spec, moduleName, moduleText, variables, constants, actions, typeOk, sampleStates, refuted, Optional.empty());
    }

    /**
     * An invariant that is not inductive, and the counterexamples to induction that lemmas must rule out.
     *
     * @param invariant the invariant so far
     * @param statesToRuleOut each a state of the invariant, the step taken and the successor outside it, as text
     */
    public record Obligation(String invariant, List<String> statesToRuleOut) {
        public Obligation {
            Objects.requireNonNull(invariant, "invariant");
            statesToRuleOut = List.copyOf(statesToRuleOut);
        }
    }

    /** A draft that failed vetting, with the reason and, for a violated one, its shortest counterexample. */
    public record Refutation(Candidate candidate, String reason, Optional<String> counterexample) {
        public Refutation {
            Objects.requireNonNull(candidate, "candidate");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(counterexample, "counterexample");
        }
    }

    public SpecContext withRefuted(List<Refutation> more) {
        List<Refutation> all = new java.util.ArrayList<>(refuted);
        all.addAll(more);
        return new SpecContext(spec, moduleName, moduleText, variables, constants, actions, typeOk, sampleStates, all,
                obligation);
    }

    /** The same context, asking for lemmas that rule out the obligation's states. */
    public SpecContext withObligation(Obligation wanted) {
        return new SpecContext(spec, moduleName, moduleText, variables, constants, actions, typeOk, sampleStates, refuted,
                Optional.of(wanted));
    }
}
