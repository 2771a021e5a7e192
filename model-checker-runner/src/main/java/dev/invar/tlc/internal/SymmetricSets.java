package dev.invar.tlc.internal;

import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.TlcConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The constants of a model whose values are sets of interchangeable model values: TLC may then explore one
 * state per orbit of their permutations (a SYMMETRY) and miss no value of an expression that is the same in
 * every state of an orbit. A set qualifies only when nothing can tell its elements apart: the spec does not
 * declare one as a constant of its own (the only way a module can name a model value), no other constant's value
 * names one (unless every permutation maps that value to itself, as all the majorities of the set), and neither
 * the spec nor the given expressions use an operator that depends on the order TLC keeps model values in
 * ({@code CHOOSE}, {@code SetToSeq}, {@code ToString}, ...).
 */
public final class SymmetricSets {
    /** One set of names in a set of sets, with the comma after it: {@code {a1, a2}, }. */
    private static final Pattern SUBSET_OF_NAMES = Pattern.compile("\\s*\\{([\\w\\s,]*)\\}\\s*(?:,|$)");
    private static final Pattern SET_OF_NAMES = Pattern.compile("^\\{\\s*(\\w+(?:\\s*,\\s*\\w+)+)\\s*\\}$");
    private static final Pattern ORDER_DEPENDENT = Pattern.compile("\\b(CHOOSE|SetToSeq|SetToSortSeq|SortSeq|ToString|Print|PrintT)\\b");
    /** {@code CHOOSE x \\in S : ...}: its bound name. */
    private static final Pattern CHOOSE = Pattern.compile("\\bCHOOSE\\s+(\\w+)\\s*\\\\in\\b");
    private static final String ORDER = "(?:<=|=<|>=|\\\\leq|\\\\geq|(?<![<=-])<(?![<=>])|(?<![-=|>])>(?![>=]))";

    /** The operator a generated SYMMETRY is defined as. */
    public static final String OPERATOR = "InvarSymmetry";

    private SymmetricSets() {
    }

    /**
     * The definition of {@link #OPERATOR} (every permutation of each of the sets) when the generated module needs
     * one: the model has no SYMMETRY of its own and there are sets to permute.
     */
    public static java.util.Optional<String> definition(TlcConfig base, List<String> sets) {
        if (base.symmetry().isPresent() || sets.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(OPERATOR + " == " + String.join(" \\cup ", sets.stream().map(s -> "Permutations(" + s + ")").toList()));
    }

    /** The model's own SYMMETRY, or else {@link #OPERATOR} when there are sets to permute. */
    public static java.util.Optional<String> symmetry(TlcConfig base, List<String> sets) {
        return base.symmetry().or(() -> sets.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(OPERATOR));
    }

    /**
     * The names of the qualifying constants, in the config's order; empty when the model already has a
     * SYMMETRY or the spec uses an order-dependent operator.
     *
     * @param texts the expressions to be evaluated under the symmetry (they must not name a model value either)
     */
    public static List<String> of(TlcConfig config, ModuleOutline outline, List<String> texts) {
        List<String> everything = new ArrayList<>(outline.definitions().values());
        everything.addAll(texts);
        if (config.symmetry().isPresent() || everything.stream().anyMatch(SymmetricSets::orderDependent)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (TlcConfig.Constant c : config.constants()) {
            Matcher set = SET_OF_NAMES.matcher(c.value().strip());
            if (c.substitution() || !set.matches()) {
                continue;
            }
            List<String> elements = List.of(set.group(1).split("\\s*,\\s*"));
            boolean anonymous = elements.stream().allMatch(e -> !outline.definitions().containsKey(e)
                    && !outline.constants().contains(e) && !e.matches("\\d+|TRUE|FALSE") && config.constants().stream()
                            .noneMatch(other -> other != c && mentions(other.value(), e) && !permutedToItself(other.value(), elements)));
            if (anonymous) {
                out.add(c.name());
            }
        }
        return out;
    }

    /**
     * Whether a definition uses an operator whose value depends on the order TLC keeps model values in. A CHOOSE whose
     * bound name the definition compares as a number ({@code Min(S) == CHOOSE x \\in S : \\A y \\in S : x <= y}) does
     * not: it chooses among numbers, which no permutation of model values moves.
     */
    static boolean orderDependent(String definition) {
        String rest = definition;
        Matcher choose = CHOOSE.matcher(definition);
        while (choose.find()) {
            String x = Pattern.quote(choose.group(1));
            String after = definition.substring(choose.end());
            // The name bound again further on (\\A x \\in Procs) or tested for membership may be another value than a number.
            boolean rebound = Pattern.compile("\\b" + x + "\\s*(,|\\\\in\\b)").matcher(after).find();
            if (!rebound && Pattern.compile("\\b" + x + "\\s*" + ORDER + "|" + ORDER + "\\s*" + x + "\\b").matcher(after).find()) {
                rest = rest.replaceFirst("\\bCHOOSE\\s+" + x + "\\b", "");
            }
        }
        return ORDER_DEPENDENT.matcher(rest).find();
    }

    /**
     * Whether a constant's value is a set of subsets of {@code elements} that every permutation of them maps to itself:
     * for each size it has, every subset of that size, as the quorums {@code {{a1, a2}, {a1, a3}, {a2, a3}}} of three
     * acceptors are. Such a value tells no element apart from another.
     */
    static boolean permutedToItself(String value, List<String> elements) {
        String v = value.strip();
        if (!v.startsWith("{") || !v.endsWith("}")) {
            return false;
        }
        java.util.Map<Integer, java.util.Set<java.util.Set<String>>> bySize = new java.util.HashMap<>();
        Matcher subset = SUBSET_OF_NAMES.matcher(v.substring(1, v.length() - 1));
        int end = 0;
        while (subset.find() && subset.start() == end) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (String e : subset.group(1).split(",")) {
                if (!e.isBlank()) {
                    names.add(e.strip());
                }
            }
            if (!elements.containsAll(names)) {
                return false;
            }
            bySize.computeIfAbsent(names.size(), k -> new java.util.HashSet<>()).add(names);
            end = subset.end();
        }
        return end == v.length() - 2 && !bySize.isEmpty() && bySize.entrySet().stream()
                .allMatch(k -> java.math.BigInteger.valueOf(k.getValue().size()).equals(choose(elements.size(), k.getKey())));
    }

    private static java.math.BigInteger choose(int n, int k) {
        java.math.BigInteger c = java.math.BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            c = c.multiply(java.math.BigInteger.valueOf(n - i)).divide(java.math.BigInteger.valueOf(i + 1));
        }
        return c;
    }

    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![\\w\"])" + Pattern.quote(name) + "(?![\\w\"])").matcher(text).find();
    }
}
