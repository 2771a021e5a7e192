package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.ExpressionText.mentions;
import static dev.invar.assistant.prove.grammar.SetSyntax.MAP;
import static dev.invar.assistant.prove.grammar.SetSyntax.NAME;
import static dev.invar.assistant.prove.grammar.SetSyntax.RANGE;
import static dev.invar.assistant.prove.grammar.SetSyntax.filtered;
import static dev.invar.assistant.prove.grammar.SetSyntax.isLiteralSet;
import static dev.invar.assistant.prove.grammar.SetSyntax.topLevel;
import static dev.invar.assistant.prove.grammar.SetSyntax.union;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The variables of a grammar's prefix and the terms its atoms name of a set: two universal variables for each constant
 * set the atoms range over (three for a set of numbers a three-place relation applies to, at most a few sets), one
 * existential variable for each other constant set an action quantifies over (a quorum, say), and for a set of values,
 * its literals or the bounds of its range.
 */
final class GrammarVariables {
    private final ModuleOutline outline;
    private final SetSyntax sets;
    private final RelationAtoms relations;

    /** How many sets the prefix quantifies over. */
    private static final int MAX_DOMAINS = 3;

    /** How many values of a map over several sets are read (see {@link #generated}). */
    private static final int MAX_GENERATED = 16;

    /** One generator of a map, {@code p \in Correct}. */
    private static final Pattern GENERATOR = Pattern.compile("(?s)^(\\w+)\\s*\\\\in\\s+(.+)$");

    /** The universal variables, by set. */
    private final Map<String, List<String>> bound = new LinkedHashMap<>();

    private final Map<String, String> existential = new LinkedHashMap<>();

    GrammarVariables(ModuleOutline outline, SetSyntax sets, RelationAtoms relations) {
        this.outline = outline;
        this.sets = sets;
        this.relations = relations;
    }

    /** The universal variables made up so far, by the set each ranges over, in the order made up. */
    Map<String, List<String>> bound() {
        return Collections.unmodifiableMap(bound);
    }

    /** The existential variable for a constant set, made up on first use. */
    String existential(String domain) {
        return existential.computeIfAbsent(domain, d -> unique(fresh("E" + letters(d, existential.size()))));
    }

    /** The prefix: each set's universal variables, then the existential ones. */
    String prefix() {
        List<String> prefix = new ArrayList<>();
        bound.forEach((domain, names) -> prefix.add("\\A " + String.join(", ", names) + " \\in " + domain + " :"));
        existential.forEach((domain, name) -> prefix.add("\\E " + name + " \\in " + domain + " :"));
        return String.join(" ", prefix);
    }

    /** The atoms that two universal variables of one set are the same element. */
    List<String> equalities() {
        List<String> atoms = new ArrayList<>();
        bound.values().forEach(n -> {
            for (int i = 0; i < n.size(); i++) {
                for (int j = i + 1; j < n.size(); j++) {
                    atoms.add(n.get(i) + " = " + n.get(j));
                }
            }
        });
        return atoms;
    }

    /**
     * The bound variables for a constant set, made up on first use (two per set, three for a set of numbers a
     * three-place relation of the spec's applies to, at most a few sets), or the map's values at them for the image
     * of such a set: {@code Id[VNODE1], Id[VNODE2]} for {@code {Id[n] : n \in Node}}.
     */
    List<String> of(String set) {
        String domain = sameAs(unparenthesised(set.strip()));
        java.util.Optional<List<String>> image = image(domain);
        if (image.isPresent()) {
            return image.get();
        }
        if (!sets.isConstantSet(domain) || isSingleton(domain)) {
            return List.of();
        }
        if (!bound.containsKey(domain)) {
            if (bound.size() >= MAX_DOMAINS) {
                return List.of();
            }
            String base = "V" + letters(domain, bound.size());
            bound.put(domain, relations.wantsThird() && sets.isNumeric(domain)
                    ? List.of(fresh(base + "1"), fresh(base + "2"), fresh(base + "3"))
                    : List.of(fresh(base + "1"), fresh(base + "2")));
        }
        return bound.get(domain);
    }

    /**
     * A set of one value written out, {@code {InitFile}} in {@code File == {InitFile} \cup Writer}: its value, not a
     * domain whose two variables are always equal and which takes a place in the prefix another set needs.
     */
    private static boolean isSingleton(String set) {
        return set.startsWith("{") && set.endsWith("}") && set.substring(1, set.length() - 1).strip().matches("\\w+|\"[^\"]*\"");
    }

    /**
     * The variables of each range the prefix quantifies over, {@code LSN == 1 .. MaxLSN}, whose ends (as written when
     * expanded: {@code 1}, {@code MaxLSN}) pass {@code ends}, in the prefix's order.
     */
    List<List<String>> ranges(java.util.function.BiPredicate<String, String> ends) {
        List<List<String>> out = new ArrayList<>();
        bound.forEach((domain, names) -> {
            List<String> range = SetSyntax.rangeEnds(unparenthesised(sets.expand(domain)));
            if (range.size() == 2 && ends.test(range.get(0), range.get(1))) {
                out.add(names);
            }
        });
        return out;
    }

    /** The variables a set has already, as written or under another name; none are made up for it (see {@link #of}). */
    List<String> existing(String set) {
        return bound.getOrDefault(sameAs(unparenthesised(set.strip())), List.of());
    }

    /** A set the prefix already quantifies over under another name ({@code 1..N} for {@code Node == 1..N}), or the set itself. */
    String sameAs(String domain) {
        if (bound.containsKey(domain)) {
            return domain;
        }
        return bound.keySet().stream().filter(b -> sets.expand(b).equals(sets.expand(domain))).findFirst().orElse(domain);
    }

    /**
     * For the image {@code {F[x] : x \in D}} of a constant set D under a map that reads no state: the map's values at
     * D's variables, each as the term {@code F[VD1]}, so that atoms about them name the element of D they belong to.
     */
    java.util.Optional<List<String>> image(String set) {
        Matcher map = MAP.matcher(set);
        if (!map.matches() || filtered(set).isPresent() || !outline.variablesUsed(map.group(1)).isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> generators = topLevel(map.group(2) + " \\in " + map.group(3), ',');
        if (generators.size() > 1 || isLiteralSet(sets.expand(unparenthesised(map.group(3).strip())))) {
            return generated(map.group(1).strip(), generators);
        }
        String x = map.group(2);
        String of = unparenthesised(map.group(3).strip());
        List<String> names = of(of);
        if (names.isEmpty()) {
            return java.util.Optional.empty();
        }
        Matcher function = Pattern.compile("^(\\w+)\\s*\\[\\s*" + Pattern.quote(x) + "\\s*\\]$").matcher(map.group(1).strip());
        if (function.matches()) {
            relations.mapped(function.group(1), sameAs(of));
        }
        return java.util.Optional.of(names.stream().map(n -> map.group(1).strip()
                .replaceAll("\\b" + Pattern.quote(x) + "\\b", Matcher.quoteReplacement(n))).toList());
    }

    /**
     * The values of a map over several sets, {@code {Msg(t, p, v) : t \in {"echo", "ready"}, p \in Correct, v \in Val}}:
     * one for each literal of a set of literals and each grammar variable of any other set (of the set an intersection or
     * a difference starts from, {@code Correct \cap {Sender}}), at most {@link #MAX_GENERATED}. The messages of each
     * type from each process with each value are then atoms, not the set of all of them a domain to quantify over.
     */
    private java.util.Optional<List<String>> generated(String map, List<String> generators) {
        List<String> out = List.of(map);
        for (String generator : generators) {
            Matcher bound = GENERATOR.matcher(generator.strip());
            if (!bound.matches()) {
                return java.util.Optional.empty();
            }
            String of = unparenthesised(bound.group(2).strip());
            String written = sets.expand(of);
            List<String> listed = written.startsWith("{") && written.endsWith("}")
                    ? topLevel(written.substring(1, written.length() - 1), ',') : List.of();
            List<String> choices = !listed.isEmpty() && listed.stream().allMatch(l -> l.strip().matches("\"[^\"]*\""))
                    ? listed.stream().map(String::strip).toList()
                    : of(of.replaceFirst("(?s)^(\\w+)\\s*(\\\\cap|\\\\)\\s.*$", "$1"));
            if (choices.isEmpty()) {
                return java.util.Optional.empty();
            }
            String x = "\\b" + Pattern.quote(bound.group(1)) + "\\b";
            out = out.stream().flatMap(e -> choices.stream().map(c -> e.replaceAll(x, Matcher.quoteReplacement(c)))).limit(MAX_GENERATED)
                    .toList();
        }
        return java.util.Optional.of(out);
    }

    /** The values an atom may compare with: literals, the bounds of a range, a bound variable of a constant set. */
    List<String> values(String set) {
        String s = unparenthesised(set.strip());
        if (NAME.matcher(s).matches() && !bound.containsKey(s) && isLiteralSet(sets.expand(s))) {
            // A named set of states, Status == {"running", "committed"}: its literals, not a domain to quantify over.
            return values(sets.expand(s));
        }
        if (NAME.matcher(s).matches() && !bound.containsKey(s) && isElementsOrSentinel(sets.expand(s))) {
            // A named set of elements or a sentinel, Ptr == Node \cup {Null}: the elements' variables and the sentinel,
            // not a domain of its own that says again what the elements' does.
            return values(sets.expand(s));
        }
        if (NAME.matcher(s).matches() && !of(s).isEmpty()) {
            return of(s);
        }
        s = sets.expand(s);
        List<String> out = new ArrayList<>();
        if (s.equals("BOOLEAN")) {
            return List.of("TRUE");
        }
        for (String part : union(s)) {
            String p = unparenthesised(part.strip());
            java.util.Optional<String> filtered = filtered(p);
            if (filtered.isPresent()) {
                out.addAll(values(filtered.get()));
                continue;
            }
            java.util.Optional<List<String>> image = image(p);
            if (image.isPresent()) {
                out.addAll(image.get());
                continue;
            }
            List<String> product = topLevel(p, '\u0001');
            if (product.size() > 1) {
                List<List<String>> choices = new ArrayList<>();
                for (String component : product) {
                    List<String> v = values(component);
                    if (v.isEmpty()) {
                        return out;
                    }
                    choices.add(v.subList(0, Math.min(2, v.size())));
                }
                tuples(choices, 0, new ArrayList<>(), out);
                continue;
            }
            Matcher range = RANGE.matcher(p);
            if (range.matches()) {
                out.addAll(enclosing(range.group(1).strip(), range.group(2).strip()));
                out.add(range.group(1));
                out.add(range.group(2));
            } else if (p.startsWith("{") && p.endsWith("}")) {
                for (String v : topLevel(p.substring(1, p.length() - 1), ',')) {
                    String literal = v.strip();
                    if (!literal.isEmpty() && !literal.contains("..") && literal.length() < 40) {
                        out.add(literal);
                    }
                }
            } else if (NAME.matcher(p).matches() && !of(p).isEmpty()) {
                out.addAll(of(p));
            }
        }
        return out;
    }

    /**
     * The values of a named set of elements or a sentinel, {@code File == {InitFile} \cup Writer}: the elements'
     * variables and the sentinel, at which a function over it is read; empty for any other set.
     */
    List<String> throughElements(String set) {
        String s = unparenthesised(set.strip());
        return NAME.matcher(s).matches() && !bound.containsKey(s) && isElementsOrSentinel(sets.expand(s)) ? values(s) : List.of();
    }

    /** A union of one constant set and literal sets of sentinels, {@code Node \\cup {Null}}. */
    private boolean isElementsOrSentinel(String set) {
        return SetSyntax.withSentinels(set).filter(w -> w.sets().size() == 1 && NAME.matcher(w.sets().get(0)).matches()
                && sets.isConstantSet(w.sets().get(0))).isPresent();
    }

    /**
     * The variables of a named range that starts lower and ends where {@code lo..hi} does: a message {@code to : 2..N},
     * sent to any server but the first of {@code Servers == 1..N}, is sent to {@code VSERVERS1}.
     */
    private List<String> enclosing(String lo, String hi) {
        if (!lo.matches("\\d+")) {
            return List.of();
        }
        for (Map.Entry<String, String> d : outline.definitions().entrySet()) {
            Matcher named = RANGE.matcher(unparenthesised(d.getValue().strip()));
            if (outline.parameters(d.getKey()).isEmpty() && named.matches() && named.group(2).strip().equals(hi)
                    && named.group(1).strip().matches("\\d+") && Integer.parseInt(named.group(1).strip()) < Integer.parseInt(lo)) {
                return of(d.getKey());
            }
        }
        return List.of();
    }

    /** {@code <<a, b>>} for each choice of a bound variable per component of a product of constant sets. */
    List<String> tuplesOf(List<String> components) {
        List<List<String>> choices = new ArrayList<>();
        for (String c : components) {
            List<String> names = of(c);
            if (names.isEmpty()) {
                return List.of();
            }
            choices.add(names);
        }
        List<String> out = new ArrayList<>();
        tuples(choices, 0, new ArrayList<>(), out);
        return out;
    }

    static void tuples(List<List<String>> choices, int i, List<String> picked, List<String> out) {
        if (i == choices.size()) {
            out.add("<<" + String.join(", ", picked) + ">>");
            return;
        }
        for (String c : choices.get(i)) {
            picked.add(c);
            tuples(choices, i + 1, picked, out);
            picked.remove(picked.size() - 1);
        }
    }

    private static String letters(String domain, int index) {
        String l = domain.replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        return l.isEmpty() ? "X" + index : l;
    }

    /** {@code name}, or with x appended until it names nothing of the spec. */
    String fresh(String name) {
        return ExpressionText.fresh(outline, name);
    }

    /** {@code name}, or with x appended until no other existential variable has it: {@code 1..Max} and {@code 0..Max} both read MAX. */
    private String unique(String name) {
        String n = name;
        while (existential.containsValue(n)) {
            n = fresh(n + "x");
        }
        return n;
    }

    /** {@code name}, or with x appended until the atom binds no such name either: a message quantified around it. */
    String notIn(String atom, String name) {
        String n = name;
        while (mentions(atom, n)) {
            n = fresh(n + "x");
        }
        return n;
    }
}
