package dev.invar.assistant.prove;

import dev.invar.assistant.explain.FixedState;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.StateFeatures;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The type-correct states one change away from reachable ones: a reachable state with one variable given
 * another value of its type (a set with one element more or less, a function with one entry changed, any
 * value of a small set). Where the type-correct states are too many to enumerate, a random sample of them
 * seldom satisfies a strong invariant at all, let alone in the way a counterexample to induction needs (a
 * few messages that belong together, say); the states next to reachable ones often do, and most
 * counterexamples to induction of the lemmas a search proposes are among them.
 *
 * <p>A sample looks next to a spread of at most a given number of the reachable states: every k-th in a fixed
 * order, and each draw starts from another one, so that k draws in a row look next to all of them.
 *
 * <p>The same changes, as an action (a detour), take a walk further off: from a reachable state, any number of
 * changes and steps of Next in turn. A detour offers a few of a variable's other values, drawn at random at each step.
 *
 * @param changes a state predicate over a reachable state {@code InvarR}: the states one change away from it
 * @param detour an action: one change to the current state, to one of a few values drawn at random
 * @param assignment a state predicate that gives each variable its value in a reachable state {@code InvarR}
 * @param reachable the reachable states, in a fixed order, each as a tuple of the variables' values
 */
record ReachableNeighbourhood(String changes, String detour, String assignment, List<String> reachable) {
    /** Sets with more elements than this are not offered whole as another value. */
    private static final BigInteger WHOLE_SET_LIMIT = BigInteger.valueOf(64);
    /** A powerset whose base has more elements than this is not perturbed. */
    private static final int MAX_BASE = 4096;
    /** A function set with more functions than this is not perturbed (its range is enumerated per entry). */
    private static final BigInteger MAX_FUNCTIONS = BigInteger.TEN.pow(9);
    private static final String STATE = "InvarR";
    /** How many values, drawn with replacement, a walk's detour offers for the variable it changes. */
    private static final int CHANGES_PER_STEP = 4;

    /**
     * The neighbourhoods of the model's reachable states (one TLC pass collects them), or empty when the model's
     * reachable states could not all be collected or no variable can be perturbed.
     *
     * @param types the variables' sets from TypeOK, with their sizes where TLC could count them
     */
    static Optional<ReachableNeighbourhood> of(TlcRunner runner, CheckRequest model, TypeDomain types) {
        List<String> variables = new ArrayList<>(types.sets().keySet());
        String tuple = "<<" + String.join(", ", variables) + ">>";
        List<String> changes = new ArrayList<>();
        List<String> detours = new ArrayList<>();
        for (int i = 0; i < variables.size(); i++) {
            Optional<String> others = others(types, variables.get(i), held(i));
            if (others.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            List<String> primed = new ArrayList<>();
            for (int j = 0; j < variables.size(); j++) {
                String v = variables.get(j);
                if (j == i) {
                    parts.add(v + " \\in " + others.get());
                    primed.add(v + "' \\in " + drawn(others.get()));
                } else {
                    parts.add(v + " = " + held(j));
                    primed.add(v + "' = " + held(j));
                }
            }
            changes.add("(" + String.join(" /\\ ", parts) + ")");
            detours.add("(" + String.join(" /\\ ", primed) + ")");
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        // Under the model's SYMMETRY, TLC keeps one state per orbit, whichever of them a worker reached first: with
        // a seed, so that the seed picks the same states, one worker collects them.
        CheckRequest pass = model.seed().isPresent() ? model.toBuilder().workers(1).build() : model;
        StateFeatures states = runner.collect(pass, List.of(), "{" + tuple + "}", List.of());
        if (!states.exhaustive() || states.values().isEmpty()) {
            return Optional.empty();
        }
        FixedState text = FixedState.of(states.run().run().model().map(TlcConfig::constants).orElse(List.of()));
        // A fixed order, the same every time: by their text's hash, then their text.
        List<String> all = states.values().stream().map(text::value).flatMap(Optional::stream)
                .sorted(Comparator.comparing(String::hashCode).thenComparing(Comparator.naturalOrder())).toList();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        String assignment = java.util.stream.IntStream.range(0, variables.size()).mapToObj(j -> variables.get(j) + " = " + held(j))
                .collect(java.util.stream.Collectors.joining(" /\\ "));
        String detour = "LET " + STATE + " == " + tuple + " IN " + String.join(" \\/ ", detours);
        return Optional.of(new ReachableNeighbourhood(String.join(" \\/ ", changes), detour, assignment, all));
    }

    /**
     * A few of the values in {@code others}, drawn at random each time a walk takes a step: a detour looks at each of
     * the values it offers, every one a state in which TLC evaluates the invariant, so a detour to every other value
     * cost most of a walk's time (a paxos detour offers around 100). Drawing a few halved the time of 400 paxos walks
     * and found counterexamples to induction as often (docs/BENCHMARKS.md).
     */
    private static String drawn(String others) {
        return "(LET InvarS == " + others + " IN IF InvarS = {} THEN {} ELSE {RandomElement(InvarS) : InvarK \\in 1.."
                + CHANGES_PER_STEP + "})";
    }

    /** The value the {@code j}-th variable (from 0) has in the reachable state {@code InvarR}. */
    private static String held(int j) {
        return STATE + "[" + (j + 1) + "]";
    }

    /**
     * The reachable states draw {@code draw} looks next to, at most {@code limit}: every k-th, from the (draw mod
     * k)-th on.
     */
    List<String> drawn(long draw, int limit) {
        int step = Math.max(1, (reachable.size() + limit - 1) / limit);
        List<String> chosen = new ArrayList<>();
        for (int i = (int) Math.floorMod(draw, (long) step); i < reachable.size() && chosen.size() < limit; i += step) {
            chosen.add(reachable.get(i));
        }
        return chosen;
    }

    /** A state predicate TLC can enumerate: the states one change away from those of draw {@code draw}. */
    String predicate(long draw, int limit) {
        return "\\E " + STATE + " \\in {" + String.join(", ", drawn(draw, limit)) + "} : " + changes;
    }

    /** A state predicate TLC can enumerate: the reachable states of draw {@code draw}. */
    String states(long draw, int limit) {
        return "\\E " + STATE + " \\in {" + String.join(", ", drawn(draw, limit)) + "} : " + assignment;
    }

    /** The other values of a variable next to {@code current}, or empty when its set is too large to look at. */
    private static Optional<String> others(TypeDomain types, String variable, String current) {
        String set = types.sets().get(variable).strip();
        BigInteger size = types.sizes().get(variable);
        if (size == null) {
            return Optional.empty();
        }
        Optional<String> powersetBase = TypeDomain.base(set);
        if (powersetBase.isPresent()) {
            String base = powersetBase.get();
            if (size.bitCount() != 1 || size.bitLength() - 1 > MAX_BASE) {
                return Optional.empty();
            }
            return Optional.of("({" + current + " \\cup {InvarE} : InvarE \\in " + base + "} \\cup {" + current
                    + " \\ {InvarE} : InvarE \\in " + current + "})");
        }
        Optional<String[]> function = functionSet(set);
        if (function.isPresent() && size.compareTo(MAX_FUNCTIONS) <= 0) {
            return Optional.of("{[" + current + " EXCEPT ![InvarD] = InvarE] : InvarD \\in " + function.get()[0] + ", InvarE \\in "
                    + function.get()[1] + "}");
        }
        return size.compareTo(WHOLE_SET_LIMIT) <= 0 ? Optional.of(set) : Optional.empty();
    }

    /** {@code [D -> R]} as D and R. */
    private static Optional<String[]> functionSet(String set) {
        if (!set.startsWith("[") || !set.endsWith("]")) {
            return Optional.empty();
        }
        int depth = 0;
        for (int i = 0; i < set.length() - 1; i++) {
            char c = set.charAt(i);
            if (c == '[' || c == '(' || c == '{') {
                depth++;
            } else if (c == ']' || c == ')' || c == '}') {
                depth--;
            } else if (depth == 1 && c == '-' && set.charAt(i + 1) == '>' && set.charAt(i - 1) != '|') {
                return Optional.of(new String[] {set.substring(1, i).strip(), set.substring(i + 2, set.length() - 1).strip()});
            }
        }
        return Optional.empty();
    }
}
