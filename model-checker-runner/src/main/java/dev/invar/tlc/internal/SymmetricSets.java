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
 * names one, and neither the spec nor the given expressions use an operator that depends on the order TLC keeps
 * model values in ({@code CHOOSE}, {@code SetToSeq}, {@code ToString}, ...).
 */
public final class SymmetricSets {
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
                            .noneMatch(other -> other != c && mentions(other.value(), e)));
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

    private static boolean mentions(String text, String name) {
        return Pattern.compile("(?<![\\w\"])" + Pattern.quote(name) + "(?![\\w\"])").matcher(text).find();
    }
}
