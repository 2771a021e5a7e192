package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The atoms of an inferred grammar over integer terms. {@link GrammarInference} reports what it finds while it
 * reads the types (integer terms, the ranges' upper bounds, the sizes of sets, the shapes of messages); once it
 * has read them all and knows the grammar's variables, {@link #atoms} relates them: thresholds, message bounds,
 * shared budgets and linear atoms.
 */
final class IntegerAtoms {
    private static final int MAX_LINEAR = 120;
    private static final int MAX_CROSSINGS = 12;
    /**
     * An entry of an entry or of a field, {@code ctx[VREPLICA1][VREPLICA2]}, {@code inbox[VREPLICA1].ctx[VREPLICA2]}: two or more
     * selections, but for a field of an entry, {@code sync[VNODE1].hi}.
     */
    private static final Pattern NESTED = Pattern.compile("^\\w+(?!\\[\\w+\\]\\.\\w+$)(\\[\\w+\\]|\\.\\w+)(\\[\\w+\\]|\\.\\w+)+$");

    private final ModuleOutline outline;
    /**
     * Integer-valued terms: variables typed by a range, and the entries and fields of up to three selections into
     * one at the grammar's variables ({@code timer[VNODE1]}, {@code sync[VNODE1].hi}, {@code inbox[VREPLICA1].ctx[VREPLICA2]}).
     */
    private final Set<String> terms = new LinkedHashSet<>();
    /** Integers the spec defines from the state, for {@link #thresholds} only (see {@link #operator}). */
    private final Set<String> operators = new LinkedHashSet<>();
    /** The upper bound of the range of an integer variable or field, by term. */
    private final Map<String, String> ceilings = new LinkedHashMap<>();
    /** {@code Cardinality(s)} for each variable or field that is a subset of a declared constant. */
    private final List<String> sizes = new ArrayList<>();
    private final List<MessageShape> shapes = new ArrayList<>();
    /** Functions over a constant set into a few literal values, with those values, by function. */
    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    IntegerAtoms(ModuleOutline outline) {
        this.outline = outline;
    }

    void term(String term) {
        terms.add(term);
    }

    /**
     * The spec's names for integers of the state, {@code Latest == Max(log)}: each definition without parameters that
     * reads the state, changes none of it, and is an operand of an order or a range in {@code specText}
     * ({@code Max(checkpoints) <= Latest}, {@code ReadFrom .. Latest}). They are ordered against the numeric variables
     * only, as the state's integer variables are: a writer's snapshot is a version no later than the latest.
     */
    void operators(String specText) {
        String order = "(?:<=|=<|>=|<|>|\\.\\.|\\\\leq|\\\\geq)";
        outline.definitions().forEach((name, body) -> {
            if (outline.parameters(name).isEmpty() && !outline.variablesUsed(body).isEmpty() && !outline.changesState(body)
                    && !ExpressionText.TEMPORAL.matcher(body).find() && !outline.variables().contains(name)
                    && Pattern.compile("(?<![=<>\\-|])" + order + "\\s*" + Pattern.quote(name) + "\\b(?!\\s*[\\[(])|\\b"
                            + Pattern.quote(name) + "\\s*" + order + "(?![=>])").matcher(specText).find()) {
                operators.add(name);
            }
        });
    }

    void ceiling(String term, String upperBound) {
        ceilings.put(term, upperBound);
    }

    void size(String cardinality) {
        sizes.add(cardinality);
    }

    void shape(MessageShape shape) {
        shapes.add(shape);
    }

    /** A function over the constant set {@code domain} whose values are among {@code values} (literals, or TRUE). */
    void tally(String function, String domain, List<String> values) {
        tallies.put(function, new Tally(domain, List.copyOf(values)));
    }

    private record Tally(String domain, List<String> values) {
    }

    /**
     * @param bound the grammar's universal variables, by the set they range over
     * @param numericDomains those of the sets that are sets of integers
     * @param known the atoms found so far
     */
    List<String> atoms(Map<String, List<String>> bound, List<String> numericDomains, Set<String> known) {
        List<String> out = new ArrayList<>();
        thresholds(bound, numericDomains, known, out);
        messageBounds(bound, out);
        messageThresholds(bound, numericDomains, out);
        budgets(out);
        counts(out);
        linear(bound, out);
        crossings(bound, out);
        return out;
    }

    /**
     * A counter equals how many entries of a function hold a value: {@code readers = Cardinality({x \in Proc : pc[x] =
     * "reading"})}, for each integer variable and each value of each function into literal values. A counter kept
     * beside the state it counts (readers that entered, tickets handed out) is safe for that reason alone, and no
     * clause over single entries can say so. Only where the spec counts with Cardinality itself (FiniteSets).
     */
    private void counts(List<String> out) {
        if (tallies.isEmpty() || outline.definitions().values().stream().noneMatch(body -> body.contains("Cardinality("))
                && !outline.extendsModules().contains("FiniteSets")) {
            return;
        }
        String x = ExpressionText.fresh(outline, "x");
        List<String> counters = terms.stream().filter(t -> outline.variables().contains(t)).toList();
        for (String counter : counters) {
            tallies.forEach((function, tally) -> tally.values().forEach(v -> out.add(counter + " = Cardinality({" + x + " \\in "
                    + tally.domain() + " : " + function + "[" + x + "]" + (v.equals("TRUE") ? "" : " = " + v) + "})")));
        }
    }

    /**
     * {@code x <= t} for each integer term t and each variable x of a numeric set the prefix quantifies over:
     * a message of term x was sent by a server whose term is at least x. Where {@code t = x} is an atom too (t
     * ranges over the set x does), the two order t against every value; elsewhere {@code t <= x} is an atom
     * as well: the open transaction holds the offsets from the committed one on, {@code sinkOff <= x}, up to
     * the consumer's, {@code ~(pos <= x)}, with {@code sinkOff \in 0..N} and x in {@code Offset == 0..N-1}.
     *
     * @param known the atoms so far
     */
    private void thresholds(Map<String, List<String>> bound, List<String> numericDomains, Set<String> known, List<String> out) {
        bound.forEach((domain, names) -> {
            if (numericDomains.contains(domain)) {
                List<String> all = new ArrayList<>(terms);
                operators.stream().filter(o -> !terms.contains(o)).forEach(all::add);
                all.forEach(term -> names.forEach(name -> out.add(name + " <= " + term)));
                all.forEach(term -> names.stream().filter(name -> !known.contains(term + " = " + name))
                        .forEach(name -> out.add(term + " <= " + name)));
            }
        });
    }

    /**
     * Linear atoms over the integer terms of one binding (the variables typed by a range, and the functions into
     * a range applied to the first grammar variable of their domain): {@code a <= b + K} and
     * {@code a + b >= c + K}, with K zero, an integer constant, or the difference of two; where no term is a
     * function's value, also one. The integer constants
     * are those in the bounds of TypeOK's ranges or in arithmetic or comparisons in the spec. Clocks, timers
     * and counters need such atoms: a lease is safe when {@code grantorLeft + drift[n] >= Margin + holderLeft[n]}.
     */
    private void linear(Map<String, List<String>> bound, List<String> out) {
        List<String> firsts = bound.values().stream().map(names -> names.get(0)).toList();
        List<String> variables = bound.values().stream().flatMap(List::stream).toList();
        // Not an entry of an entry (what one replica holds of another's counter): thresholds and crossings relate those.
        List<String> terms = this.terms.stream().filter(t -> !NESTED.matcher(t).matches())
                .filter(t -> variables.stream().noneMatch(v -> ExpressionText.mentions(t, v))
                        || firsts.stream().anyMatch(v -> t.endsWith("[" + v + "]") || t.endsWith("[" + v + "])")
                        || t.matches("\\w+\\[" + v + "\\]\\.\\w+"))).toList();
        if (terms.size() < 2) {
            return;
        }
        List<String> constants = integerConstants();
        List<String> offsets = new ArrayList<>(List.of(""));
        if (terms.stream().noneMatch(t -> t.contains("["))) {
            // Counters, indexes and lengths alone (no function of them per element): they move by one, so they are
            // related by one too, as "delivered one fewer than the next expected" is: Len(delivered) + 1 = expected.
            offsets.add(" + 1");
        }
        constants.forEach(c -> offsets.add(" + " + c));
        for (String c : constants) {
            for (String d : constants) {
                if (!c.equals(d)) {
                    offsets.add(" + (" + c + " - " + d + ")");
                }
            }
        }
        List<String> atoms = new ArrayList<>();
        List<Integer> offsetOf = new ArrayList<>();
        for (String a : terms) {
            for (String b : terms) {
                if (a.equals(b)) {
                    continue;
                }
                for (int k = 0; k < offsets.size(); k++) {
                    atoms.add(a + " <= " + b + offsets.get(k));
                    offsetOf.add(k);
                }
                for (String c : terms) {
                    if (a.compareTo(b) < 0 && !c.equals(a) && !c.equals(b)) {
                        for (int k = 0; k < offsets.size(); k++) {
                            atoms.add(a + " + " + b + " >= " + c + offsets.get(k));
                            offsetOf.add(k);
                        }
                    }
                }
            }
        }
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, atoms.size()).boxed().toList());
        if (atoms.size() > MAX_LINEAR) {
            // More than fit: those with simpler offsets first (a stable sort), none before all those without one.
            order.sort(java.util.Comparator.comparing(offsetOf::get));
        }
        order.stream().limit(MAX_LINEAR).forEach(i -> out.add(atoms.get(i)));
    }

    /**
     * One function's entry against another function's entry for another element, {@code number[VPROC1] <= mx[VPROC2]},
     * for two functions over the same set into integers: what one process read of another's ticket, a peer's
     * acknowledged index, is compared with what the other holds. {@link #linear} relates entries of one element only.
     */
    private void crossings(Map<String, List<String>> bound, List<String> out) {
        List<String> atoms = new ArrayList<>();
        bound.values().stream().filter(names -> names.size() > 1).forEach(names -> {
            String first = "[" + names.get(0) + "]";
            String second = "[" + names.get(1) + "]";
            List<String> functions = terms.stream().filter(t -> t.matches("\\w+" + Pattern.quote(first)))
                    .map(t -> t.substring(0, t.length() - first.length())).filter(f -> terms.contains(f + second)).toList();
            for (String f : functions) {
                functions.stream().filter(g -> !g.equals(f)).forEach(g -> atoms.add(f + first + " <= " + g + second));
            }
        });
        atoms.stream().limit(MAX_CROSSINGS).forEach(out::add);
    }

    /** Constants the spec uses as integers: in a range's bounds, or beside an arithmetic operator or comparison. */
    private List<String> integerConstants() {
        String text = String.join("\n", outline.definitions().values());
        String comparison = "(?<![<>=|\\-])(<=|>=|=<|<|>)(?![<>=])";
        return outline.constants().stream().filter(c -> {
            String q = Pattern.quote(c);
            return Pattern.compile("\\.\\.\\s*\\(?\\s*-?\\s*" + q + "\\b|\\b" + q + "\\s*\\)?\\s*\\.\\.|[+*]\\s*" + q + "\\b|(?<![|<])-\\s*"
                    + q + "\\b|\\b" + q + "\\s*[-+*](?!>)|" + comparison + "\\s*" + q + "\\b|\\b" + q + "\\s*" + comparison)
                    .matcher(text).find();
        }).toList();
    }

    /**
     * A message shape in a set of records.
     *
     * @param shape the conjuncts that fix it ({@code m.type = "Ack"})
     * @param fields for a grammar variable, the first field of the shape whose set it ranges over
     * @param counters the fields with integer values
     */
    record MessageShape(String term, String m, List<String> shape, Map<String, String> fields, List<String> counters) {
    }

    /**
     * A message carries no more than its sender had: {@code \A m \in msgs : m.type = "Ack" => m.index <= Len(log[m.src])},
     * for each integer field of a shape and each integer term that reads at most one grammar variable, read at the
     * field of the message that ranges over that variable's set (a term of the grammar's server read at the
     * message's source). Acknowledgements, promises and votes are bounded so by the state of who sent them.
     */
    private void messageBounds(Map<String, List<String>> bound, List<String> out) {
        List<String> variables = bound.values().stream().flatMap(List::stream).toList();
        Map<String, List<String>> reads = new LinkedHashMap<>();
        terms.forEach(term -> reads.put(term, variables.stream().filter(v -> Pattern.compile("\\b" + v + "\\b").matcher(term).find())
                .toList()));
        for (MessageShape s : shapes) {
            for (String counter : s.counters()) {
                for (String term : terms) {
                    List<String> read = reads.get(term);
                    String field = read.size() == 1 ? s.fields().get(read.get(0)) : null;
                    if (read.size() > 1 || read.size() == 1 && field == null || term.contains(s.m() + ".")) {
                        continue;
                    }
                    String at = field == null ? term : term.replaceAll("\\b" + Pattern.quote(read.get(0)) + "\\b",
                            Matcher.quoteReplacement(s.m() + "." + field));
                    out.add(everyMessage(s, s.m() + "." + counter + " <= " + at));
                }
            }
        }
    }

    /**
     * {@code \\A m \\in msgs : m.offset <= x} for each integer field of a message shape and the first variable x of
     * each numeric set the prefix quantifies over: its negation says some message carries more than x, as the
     * thresholds of {@link #thresholds} say of the state's own integers. Whatever a request to commit offset n
     * implies of the records below n (they were processed) is then a lemma.
     */
    private void messageThresholds(Map<String, List<String>> bound, List<String> numericDomains, List<String> out) {
        bound.forEach((domain, names) -> {
            if (!numericDomains.contains(domain)) {
                return;
            }
            for (MessageShape s : shapes) {
                for (String counter : s.counters()) {
                    out.add(everyMessage(s, s.m() + "." + counter + " <= " + names.get(0)));
                }
            }
        });
    }

    /** {@code \\A m \\in msgs : m.type = "Ack" => claim}: the claim of every message of the shape. */
    private static String everyMessage(MessageShape s, String claim) {
        return "\\A " + s.m() + " \\in " + s.term() + " : " + (s.shape().isEmpty() ? claim : String.join(" /\\ ", s.shape()) + " => " + claim);
    }

    /**
     * A counter and a set that share a budget: {@code view.epoch + Cardinality(view.backups) <= MaxEpoch}, for each
     * integer variable or field whose range has an upper bound and each variable or field that is a subset of a
     * declared constant (servers, not messages). A counter that goes up only when a set loses an element (an epoch
     * per server removed from a view) stays in its range for that reason alone, which no atom over one of them can
     * say.
     */
    private void budgets(List<String> out) {
        ceilings.forEach((term, ceiling) -> sizes.forEach(size -> out.add(term + " + " + size + " <= " + ceiling)));
    }
}
