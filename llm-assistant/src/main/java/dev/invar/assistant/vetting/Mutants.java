package dev.invar.assistant.vetting;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Mutants of a spec for mutation-sensitivity, each one small change to one action the way a real bug
 * would make it: a dropped guard, a variable the action forgets (reset to its initial value instead of
 * left unchanged), a quorum-like set widened to the set it filters, a message kept instead of removed
 * (so it is delivered again). An invariant that no mutant violates may hold for reasons that have
 * nothing to do with the protocol's logic.
 */
final class Mutants {
    /** What a mutant changes, with the word the report shows for it. */
    enum Kind {
        GUARD("guard", DroppedGuards::in),
        UNCHANGED("unchanged", ForgottenVariables::in),
        WIDENED_SET("widened set", WidenedSets::in),
        DUPLICATED_MESSAGE("duplicated message", DuplicatedMessages::in);

        private final String label;
        private final BiFunction<SpecText, String, List<Mutant>> mutation;

        Kind(String label, BiFunction<SpecText, String, List<Mutant>> mutation) {
            this.label = label;
            this.mutation = mutation;
        }

        String label() {
            return label;
        }
    }

    /** A mutated module text, what kind of change made it and what was changed. */
    record Mutant(Kind kind, String description, String moduleText) {
    }

    private Mutants() {
    }

    /**
     * At most {@code limit} mutants, taken round robin over the kinds and, within a kind, over the
     * actions: a few mutants still cover every kind of change and the whole protocol.
     */
    static List<Mutant> of(String moduleText, int limit) {
        SpecText spec = SpecText.of(moduleText);
        List<List<Mutant>> perKind = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<List<Mutant>> perAction = new ArrayList<>();
            for (String action : spec.actions()) {
                perAction.add(kind.mutation.apply(spec, action));
            }
            perKind.add(roundRobin(perAction, Integer.MAX_VALUE));
        }
        return roundRobin(perKind, limit);
    }

    private static List<Mutant> roundRobin(List<List<Mutant>> lists, int limit) {
        List<Mutant> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < limit; round++) {
            boolean any = false;
            for (List<Mutant> m : lists) {
                if (round < m.size() && chosen.size() < limit) {
                    chosen.add(m.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return chosen;
    }
}
