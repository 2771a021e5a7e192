package dev.invar.assistant.builtin;

import dev.invar.assistant.Candidate;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.Drafter;
import dev.invar.assistant.SpecContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Drafts candidates from the spec alone. Atoms come from TypeOK: for a function {@code v} over a constant
 * set {@code D}, {@code v[x] = c} for each value {@code c} TypeOK lists; for a subset of {@code D},
 * {@code x \in v}; for a scalar, {@code s = c}. They are combined, under quantifiers over {@code D}, into
 * the shapes protocol invariants usually take: exclusion ({@code A(x) => ~B(y)}), agreement between an
 * element and a scalar ({@code A(x) => s = c}), between two facts of one element ({@code A(x) => B(x)}),
 * and between two scalars. Vetting decides which of them mean anything.
 */
public final class BuiltinDrafter implements Drafter {
    private final java.util.function.Function<SpecContext, List<String>> clauses;

    /** Drafts from the shapes TypeOK gives the variables only. */
    public BuiltinDrafter() {
        this(context -> List.of());
    }

    /**
     * @param clauses richer drafts offered first: clauses over the predicates inferred from the spec already
     *                found to hold on every reachable state (they are vetted like the others)
     */
    public BuiltinDrafter(java.util.function.Function<SpecContext, List<String>> clauses) {
        this.clauses = clauses;
    }

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public List<Candidate> draft(SpecContext context, DraftBudget budget) {
        if (context.typeOk().isEmpty()) {
            return List.of();
        }
        List<VariableShape> shapes = VariableShape.fromTypeOk(context.typeOk().get(), context.variables());
        List<Atom> elementAtoms = new ArrayList<>();
        List<Fact> scalarAtoms = new ArrayList<>();
        for (VariableShape s : shapes) {
            switch (s.kind()) {
                case FUNCTION -> s.values().forEach(c -> elementAtoms.add(new Atom(s.domain().get(), s.domain().get(), s.name(),
                        x -> s.name() + "[" + x + "] = " + c)));
                case SUBSET -> {
                    // x \in v can only hold for the elements of v: quantify over v, not over its type set, which
                    // may be far too large to enumerate (a set of messages), let alone twice.
                    elementAtoms.add(new Atom(s.domain().get(), s.name(), s.name(), x -> x + " \\in " + s.name()));
                    scalarAtoms.add(new Fact(s.name(), s.name() + " = {}", false));
                }
                case SCALAR -> s.values().forEach(c -> scalarAtoms.add(new Fact(s.name(), s.name() + " = " + c, s.values().size() == 2)));
            }
        }
        Set<String> expressions = new LinkedHashSet<>(clauses.apply(context));
        // Bound names the spec does not use: SANY refuses a quantifier whose variable shadows one of the spec's.
        String x = unused("x", context.moduleText());
        String y = unused("y", context.moduleText());
        // The clauses that hold are a superset of the shapes below; these are for when none could be found.
        boolean fromShapes = expressions.isEmpty();
        for (Atom a : fromShapes ? elementAtoms : List.<Atom>of()) {
            for (Atom b : elementAtoms) {
                if (!a.domain().equals(b.domain())) {
                    continue;
                }
                if (a.equals(b) && !a.bound().equals(a.domain())) {
                    // At most one element; over v itself, the premise x \in v /\ x # y would need two, i.e. never hold.
                    expressions.add("\\A " + x + ", " + y + " \\in " + a.bound() + " : " + x + " = " + y);
                } else if (a.equals(b)) {
                    expressions.add("\\A " + x + ", " + y + " \\in " + a.domain() + " : " + a.at(x) + " /\\ " + x + " # " + y
                            + " => ~(" + a.at(y) + ")");
                } else {
                    // A(x) => ~B(y) and B(x) => ~A(y) say the same: draft one of them.
                    if (a.at(x).compareTo(b.at(x)) < 0) {
                        expressions.add("\\A " + x + ", " + y + " \\in " + a.domain() + " : " + a.at(x) + " => ~(" + b.at(y) + ")");
                    }
                    if (!a.variable().equals(b.variable())) {
                        expressions.add("\\A " + x + " \\in " + a.bound() + " : " + a.at(x) + " => " + b.at(x));
                    }
                }
            }
            for (Fact s : scalarAtoms) {
                if (!s.variable().equals(a.variable())) {
                    expressions.add("\\A " + x + " \\in " + a.bound() + " : " + a.at(x) + " => " + s.text());
                    if (!s.binary()) {
                        expressions.add("\\A " + x + " \\in " + a.bound() + " : " + a.at(x) + " => ~(" + s.text() + ")");
                    }
                }
            }
        }
        for (Fact s : fromShapes ? scalarAtoms : List.<Fact>of()) {
            for (Fact t : scalarAtoms) {
                if (!s.variable().equals(t.variable())) {
                    expressions.add(s.text() + " => " + t.text());
                    // s => ~t and t => ~s say the same; for a two-valued t, ~t is its other value's atom.
                    if (!t.binary() && s.text().compareTo(t.text()) < 0) {
                        expressions.add(s.text() + " => ~(" + t.text() + ")");
                    }
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        int n = 0;
        for (String e : expressions) {
            if (candidates.size() >= budget.maxCandidates()) {
                break;
            }
            candidates.add(new Candidate("Inv" + (++n), e, "safety", "built from the predicates TypeOK, the guards and the "
                    + "reachable states suggest", name()));
        }
        return candidates;
    }

    /** {@code name}, or {@code name_1}, {@code name_2}, … : the first that is no word of the module's text. */
    static String unused(String name, String moduleText) {
        String n = name;
        for (int i = 1; java.util.regex.Pattern.compile("\\b" + n + "\\b").matcher(moduleText).find(); i++) {
            n = name + "_" + i;
        }
        return n;
    }

    /** A fact about the whole state; {@code binary} when its variable has two values, so its negation is the other. */
    private record Fact(String variable, String text, boolean binary) {
    }

    /**
     * A fact about one element {@code x} of a constant set.
     *
     * @param domain the set {@code x} comes from (atoms of one domain are combined)
     * @param bound what a quantifier over {@code x} ranges over when this atom is the premise: the domain, or
     *              for {@code x \in v} the variable {@code v} itself (the premise is false elsewhere)
     */
    private record Atom(String domain, String bound, String variable, java.util.function.UnaryOperator<String> template) {
        String at(String element) {
            return template.apply(element);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Atom other && other.at("x").equals(at("x"));
        }

        @Override
        public int hashCode() {
            return at("x").hashCode();
        }
    }
}
