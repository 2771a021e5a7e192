package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.ExpressionText.mentions;
import static dev.invar.assistant.prove.grammar.ExpressionText.renamed;
import static dev.invar.assistant.prove.grammar.SetSyntax.FUNCTIONS;
import static dev.invar.assistant.prove.grammar.SetSyntax.topLevel;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atoms from the actions of the next-state relation: their guards and effects with their parameters replaced by the
 * grammar's variables, what a counter passed on its way ({@link #scans}), the records they send ({@link SentRecords})
 * and the entries they copy ({@link CopiedValues}); and each action as a {@link Preimages.Step}, for the atoms of
 * what held before a step.
 */
final class ActionAtoms extends GrammarPart {
    private static final int MAX_GUARDS = 24;

    /** A name in an expression, with the parenthesis after it when it is called; a TLA+ operator's backslash too. */
    private static final Pattern NAME_OR_CALL = Pattern.compile("\\\\?\\b([A-Za-z_]\\w*)\\b(\\s*\\()?");

    /** {@code pc[VPROC1] = "w2"}: a function of a grammar variable at a literal or a constant. */
    private static final Pattern CONTROL_POINT = Pattern.compile("^(\\w+)\\[(\\w+)\\] = (\"[^\"]*\"|\\w+)$");

    private static final int MAX_EFFECTS = 24;

    /** At most so many parts of a guard that forbids a combination are atoms (see {@link #forbidden}). */
    private static final int MAX_FORBIDDEN = 4;

    /** How many guards of one counter give scan atoms (see {@link #scans}). */
    private static final int MAX_SCANS = 4;

    /** The actions as {@link Preimages} reads them, gathered with their guards. */
    private final List<Preimages.Step> steps = new ArrayList<>();

    /** Entries the actions copy from one value of the state (see {@link CopiedValues}). */
    private final CopiedValues copied = new CopiedValues();
    private final TypeAtoms typeAtoms;
    /** Values the actions merge from messages into the state (see {@link MergedValues}). */
    private final MergedValues merged;

    ActionAtoms(GrammarDraft draft, TypeAtoms typeAtoms) {
        super(draft);
        this.typeAtoms = typeAtoms;
        this.merged = new MergedValues(draft, typeAtoms);
    }

    /** The actions read so far, as {@link Preimages} reads them. */
    List<Preimages.Step> steps() {
        return steps;
    }

    /**
     * Guards of the actions as atoms: each conjunct of an action's definition that reads the state and primes
     * nothing, with the action's parameters replaced by the grammar's variables. A parameter over a set the
     * state is typed by becomes one of its universal variables; over any other constant set (a quorum, say),
     * an existential one.
     */
    void guards(String next) {
        int added = 0;
        int effects = 0;
        for (String action : dev.invar.tlc.Junctions.actions(next, outline.definitions())) {
            dev.invar.tlc.Junctions.Quantified q = dev.invar.tlc.Junctions.existentials(action);
            Map<String, String> renaming = new LinkedHashMap<>();
            Map<String, Integer> used = new LinkedHashMap<>();
            for (Map.Entry<String, String> b : q.bindings()) {
                String domain = variables.sameAs(unparenthesised(b.getValue().strip()));
                String name;
                if (bound.containsKey(domain)) {
                    int k = used.merge(domain, 1, Integer::sum) - 1;
                    name = k < bound.get(domain).size() ? bound.get(domain).get(k) : null;
                } else if (sets.isConstantSet(domain) && used.merge(domain, 1, Integer::sum) == 1) {
                    name = variables.existential(domain);
                } else {
                    name = null;
                }
                renaming.put(b.getKey(), name);
            }
            Map<String, String> inFlight = typeAtoms.inFlight();
            Map<String, String> messages = new LinkedHashMap<>();
            Map<String, String> bindingRenaming = renaming;
            q.bindings().stream().filter(b -> bindingRenaming.get(b.getKey()) == null && inFlight.containsKey(b.getValue().strip()))
                    .forEach(b -> messages.put(b.getKey(), b.getValue().strip()));
            Matcher call = Pattern.compile("(?s)^(\\w+)\\s*(?:\\((.*)\\))?$").matcher(q.body().strip());
            String body = q.body();
            if (call.matches() && outline.definition(call.group(1)).isPresent()) {
                body = outline.definition(call.group(1)).get();
                List<String> formal = outline.parameters(call.group(1));
                List<String> actual = call.group(2) == null ? List.of() : topLevel(call.group(2), ',');
                Map<String, String> formalRenaming = new LinkedHashMap<>();
                Map<String, String> formalMessages = new LinkedHashMap<>();
                for (int i = 0; i < formal.size() && i < actual.size(); i++) {
                    formalRenaming.put(formal.get(i), renaming.getOrDefault(actual.get(i).strip(), null));
                    if (messages.containsKey(actual.get(i).strip())) {
                        formalMessages.put(formal.get(i), messages.get(actual.get(i).strip()));
                    }
                }
                renaming = formalRenaming;
                messages.clear();
                messages.putAll(formalMessages);
            }
            body = LetInlining.inlined(body);
            relations.compared(body, renaming, bound).stream().filter(draft::isNew).forEach(predicates::add);
            List<String> actionGuards = new ArrayList<>();
            // Each on one line as it reads: a bulleted list's items in parentheses, or left out where that cannot be told.
            List<String> conjuncts = branched(body).stream().flatMap(c -> dev.invar.tlc.Junctions.oneLine(c).stream()).toList();
            for (String guard : conjuncts) {
                if (!outline.changesState(guard)) {
                    renamed(guard, renaming).ifPresent(actionGuards::add);
                }
                Matcher scalar = Update.STEP.matcher(guard.strip());
                if (scalar.matches()) {
                    copied.stepped(scalar.group(1), scalar.group(2));
                }
                List<Update> updates = Update.of(guard);
                for (Update effect : effects(updates)) {
                    java.util.Optional<String> entry = renamed(effect.term(), renaming);
                    java.util.Optional<String> value = renamed(effect.value().strip(), renaming);
                    entry.ifPresent(e -> value.ifPresent(v -> copied.copied(e, v)));
                    java.util.Optional<String> atom = entry.flatMap(e -> value.map(v -> e + " = " + v)).map(draft::guarded);
                    if (effects < MAX_EFFECTS && atom.filter(draft::isNew).filter(predicates::add).isPresent()) {
                        effects++;
                        atom.flatMap(this::atOther).filter(draft::isNew).ifPresent(predicates::add);
                    }
                }
                for (Update update : updates) {
                    for (String condition : conditions(update.value())) {
                        if (added < MAX_GUARDS && renamed(condition, renaming).map(draft::guarded).filter(draft::isNew)
                                .filter(predicates::add).isPresent()) {
                            added++;
                        }
                    }
                }
                if (added < MAX_GUARDS && isStaticRelation(guard, renaming)) {
                    java.util.Optional<String> relation = renamed(guard.strip(), renaming).filter(draft::isNew);
                    if (relation.filter(predicates::add).isPresent()) {
                        added++;
                    }
                    continue;
                }
                // A guard may read the state only through the spec's operators: Majority(VotesFor(c, e)).
                if (guard.length() > 160 || added >= MAX_GUARDS || outline.changesState(guard) || outline.variablesUsed(guard).isEmpty()) {
                    continue;
                }
                java.util.Optional<String> atom = renamed(guard, renaming);
                if (atom.map(draft::guarded).filter(draft::isNew).filter(predicates::add).isPresent()) {
                    added++;
                    atom.flatMap(this::atOther).filter(draft::isNew).ifPresent(predicates::add);
                }
                atom.ifPresent(a -> generalised(a).stream().map(draft::guarded).filter(draft::isNew).forEach(predicates::add));
                for (String part : forbidden(guard)) {
                    renamed(part, renaming).filter(p -> !outline.variablesUsed(p).isEmpty()).map(draft::guarded).filter(draft::isNew)
                            .ifPresent(predicates::add);
                }
            }
            scans(body, renaming, actionGuards);
            worklists(body, renaming, actionGuards);
            Map<String, String> parameters = renaming;
            String m = variables.notIn(String.join(" ", parameters.keySet()), variables.fresh("m"));
            SentRecords.atoms(conjuncts, atom -> renamed(atom, parameters), inFlight.keySet(), m).forEach(predicates::add);
            merged.atoms(conjuncts, messages);
            steps.add(new Preimages.Step(conjuncts, parameters, Map.copyOf(messages)));
        }
        copied.atoms().stream().map(draft::guarded).filter(draft::isNew).forEach(predicates::add);
    }

    /**
     * Whether a guard is a fixed relation between the action's parameters that one of the spec's operators states,
     * {@code Leader(t) = n} or {@code Next(i) = j}: it reads no variable, calls an operator the module defines, and
     * names nothing but parameters the grammar has variables for, constants and the module's definitions. Such a
     * relation is a literal that ties a lemma's variables together: the node that leads term {@code VTERM1}.
     */
    private boolean isStaticRelation(String guard, Map<String, String> renaming) {
        if (guard.length() > 120 || outline.changesState(guard) || !outline.variablesUsed(guard).isEmpty()) {
            return false;
        }
        boolean callsOperator = false;
        boolean namesParameter = false;
        Matcher name = NAME_OR_CALL.matcher(guard);
        while (name.find()) {
            String n = name.group(1);
            if (name.group().startsWith("\\")) {
                continue;
            }
            if (renaming.containsKey(n)) {
                if (renaming.get(n) == null) {
                    return false;
                }
                namesParameter = true;
            } else if (name.group(2) != null && outline.definition(n).isPresent() && !outline.parameters(n).isEmpty()) {
                callsOperator = true;
            } else if (!outline.isConstant(n)) {
                return false;
            }
        }
        return callsOperator && namesParameter;
    }

    /**
     * A counter an action steps by one while guards on its value hold, {@code probe' = [probe EXCEPT ![i, d] = h + 1]}
     * under {@code Hop(i, d, h) < i} with h the probe's value: each guard held at every value the counter passed, from the
     * lower bound of the range a guard puts it in, {@code probe[VNODE1, VDIR1] \\in Nat => \\A k \\in 1 ..
     * probe[VNODE1, VDIR1] - 1 : Hop(VNODE1, VDIR1, k) < VNODE1}. A scan over ranks, levels or places on a ring is safe
     * because of what it passed, which no atom about the counter's current value says.
     */
    private void scans(String body, Map<String, String> renaming, List<String> guards) {
        for (String conjunct : branched(body)) {
            for (Update step : Update.of(conjunct)) {
                String value = step.value().replaceAll("\\s+", " ").strip();
                String counter = step.term().replaceAll("\\s+", " ");
                if (!value.equals("@ + 1") && !value.equals(counter + " + 1") && !value.equals("(" + counter + ") + 1")) {
                    continue;
                }
                renamed(counter, renaming).ifPresent(c -> scanned(c, guards));
            }
        }
    }

    /** The scan atoms of {@link #scans} for the counter {@code c}, from the action's guards. */
    private void scanned(String c, List<String> guards) {
        String written = "(?:\\(" + Pattern.quote(c) + "\\)|" + Pattern.quote(c) + ")";
        java.util.Optional<String> low = guards.stream().map(g -> Pattern.compile("^" + written + " \\\\in (\\w+) ?\\.\\.").matcher(g))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst();
        if (low.isEmpty()) {
            return;
        }
        String k = variables.fresh("k");
        guards.stream().filter(g -> Pattern.compile(written).matcher(g).find() && !g.matches("^" + written + " \\\\in .*"))
                .limit(MAX_SCANS).forEach(g -> predicates.add(c + " \\in Nat => \\A " + k + " \\in " + low.get() + " .. " + c + " - 1 : "
                        + g.replaceAll(written, Matcher.quoteReplacement(k))));
    }

    /**
     * An element an action takes out of a set of the state while the process stands at a control point,
     * {@code \\E j \\in unchecked[i] : unchecked' = [unchecked EXCEPT ![i] = unchecked[i] \\ {j}]} under
     * {@code pc[i] = "Li4b"}: that the process there is done with an element, {@code pc[VPROCS1] = "Li4b" /\\ VPROCS2
     * \\notin unchecked[VPROCS1]}, as one atom. A loop over the other processes, checking each one's flag in turn, is
     * safe by what it has checked; said of two processes with two atoms each, that takes more literals than a lemma has.
     */
    private void worklists(String body, Map<String, String> renaming, List<String> guards) {
        List<String> points = guards.stream().filter(g -> {
            Matcher at = CONTROL_POINT.matcher(g.strip());
            return at.matches() && at.group(3).startsWith("\"");
        }).toList();
        if (points.isEmpty()) {
            return;
        }
        for (String conjunct : branched(body)) {
            String e = unparenthesised(conjunct.strip());
            List<String> inner = e.startsWith("\\E") ? branched(dev.invar.tlc.Junctions.existentials(e).body()) : List.of(e);
            for (Update update : inner.stream().flatMap(c -> Update.of(c).stream()).toList()) {
                Matcher removed = Pattern.compile("^(?:@|" + Pattern.quote(update.term().replaceAll("\\s+", "")) + ")\\\\\\{(\\w+)\\}$")
                        .matcher(update.value().replaceAll("\\s+", ""));
                String type = shapes.get(update.variable());
                Matcher functions = type == null ? null : FUNCTIONS.matcher(unparenthesised(type.strip()));
                java.util.Optional<String> term = renamed(update.term(), renaming);
                if (!removed.matches() || functions == null || !functions.matches() || term.isEmpty()) {
                    continue;
                }
                List<String> names = SetSyntax.messageElements(functions.group(2))
                        .map(variables::existing).orElse(List.of());
                java.util.Optional<String> other = names.stream().filter(n -> !mentions(term.get(), n)).findFirst();
                for (String point : points) {
                    other.filter(n -> !mentions(point, n)).map(n -> point + " /\\ " + n + " \\notin " + term.get())
                            .ifPresent(atom -> java.util.stream.Stream.of(atom, swapped(atom, names)).filter(draft::isNew).forEach(predicates::add));
                }
            }
        }
    }

    /**
     * The parts of a guard that forbids a combination, {@code ~(prepTs[p] # None /\\ p \\notin learned /\\ prepTs[p] <= snap)},
     * each said positively: a read waits while the partition has prepared within the snapshot and not learned the
     * outcome, and a lemma about the reads that did not wait needs that order, {@code prepTs[VPARTITION1] <= snap}, as an
     * atom of its own.
     */
    private static List<String> forbidden(String guard) {
        String g = guard.strip();
        if (!g.startsWith("~")) {
            return List.of();
        }
        String inner = unparenthesised(g.substring(1).strip());
        List<String> parts = dev.invar.tlc.Junctions.conjuncts(inner);
        if (parts.size() < 2 || parts.size() > MAX_FORBIDDEN) {
            return List.of();
        }
        return parts.stream().map(part -> unparenthesised(part.strip()).replaceFirst("^~\\s*", "")
                .replaceFirst("^([^#=]+?)\\s+#\\s+", "$1 = ").replace("\\notin", "\\in")).toList();
    }

    /** The atom with the first two variables of a set swapped: what one process has done with the other, said of the other. */
    private static String swapped(String atom, List<String> names) {
        if (names.size() < 2) {
            return atom;
        }
        String first = Pattern.quote(names.get(0));
        String second = Pattern.quote(names.get(1));
        return atom.replaceAll("\\b" + first + "\\b", "\u0000").replaceAll("\\b" + second + "\\b", Matcher.quoteReplacement(names.get(0)))
                .replace("\u0000", names.get(1));
    }

    /**
     * A guard or effect that puts one element at a control point, {@code pc[VPROC1] = "w2"}, said of the second
     * variable of its set too, {@code pc[VPROC2] = "w2"}: mutual exclusion and its lemmas are about where two
     * processes are at once (while p waits at w2, q in the doorway takes a later ticket), which the spec's own
     * guards, each about the process that steps, never say. Only for a literal or a constant value.
     */
    private java.util.Optional<String> atOther(String atom) {
        Matcher at = CONTROL_POINT.matcher(atom.strip());
        if (!at.matches() || !(at.group(3).startsWith("\"") || outline.isConstant(at.group(3)))) {
            return java.util.Optional.empty();
        }
        return bound.values().stream().filter(n -> n.size() > 1 && n.get(0).equals(at.group(2))).findFirst()
                .map(n -> at.group(1) + "[" + n.get(1) + "] = " + at.group(3));
    }

    /**
     * The conjuncts of an action, an {@code IF c THEN a ELSE b} among them replaced by its condition and the
     * conjuncts of both branches: a put-if-absent that creates the file only where it is absent,
     * {@code IF file[v] = NoWriter THEN file' = [file EXCEPT ![v] = w] ... ELSE ...}, guards and sets as much as
     * two actions would.
     */
    private static List<String> branched(String body) {
        List<String> out = new ArrayList<>();
        for (String conjunct : dev.invar.tlc.Junctions.conjuncts(body)) {
            String e = unparenthesised(conjunct.strip());
            if (e.startsWith("/\\")) {
                // A list of its own, as a LET's body is once the LET is read through.
                out.addAll(branched(e));
                continue;
            }
            int[] split = RelationAtoms.ifSplit(e);
            if (split == null) {
                out.add(conjunct);
                continue;
            }
            out.add(e.substring(2, split[0]).strip());
            out.addAll(branched(e.substring(split[0] + 4, split[1])));
            out.addAll(branched(e.substring(split[1] + 4)));
        }
        return out;
    }

    /**
     * Of the updates of one conjunct, those that say what an action makes true of an entry it sets, {@code f[e] = v} for
     * {@code f' = [f EXCEPT ![e] = v]}, where v reads no primed or {@code @} value: a philosopher who picks up its left
     * fork holds it, {@code fork[LeftFork(p)] = p}, which no guard says (the guard says the fork was free).
     */
    private static List<Update> effects(List<Update> updates) {
        // An entry set from its own old value, len[p] = len[p] + 1, is false of every state after the step.
        return updates.stream().filter(u -> u.index().filter(i -> !i.contains("'") && topLevel(i, ',').size() == 1).isPresent()
                && !u.value().contains("'") && u.value().length() <= 80 && !u.readsOld()).toList();
    }

    /**
     * The conjuncts of the condition of a value chosen by {@code IF}, {@code rpc' = [rpc EXCEPT ![r] = IF seq = rseq[r]
     * /\\ ~Odd(rseq[r]) THEN "done" ELSE "begin"]}, without their negations: what decides where the step goes, which
     * no guard of the action says.
     */
    private List<String> conditions(String value) {
        String v = unparenthesised(value.strip());
        int[] split = RelationAtoms.ifSplit(v);
        if (split == null) {
            return List.of();
        }
        return dev.invar.tlc.Junctions.conjuncts(v.substring(2, split[0])).stream().map(c -> unparenthesised(c.strip()))
                .map(c -> c.startsWith("~") ? unparenthesised(c.substring(1).strip()) : c)
                .filter(c -> c.length() <= 160 && !c.contains("'") && !c.contains("@") && !outline.variablesUsed(c).isEmpty()).toList();
    }

    /**
     * A guard with each state value it reads at a grammar variable, {@code f[x]} with f a function into a set the
     * prefix quantifies over, replaced by that set's first variable: {@code VotesFor(i, currentTerm[i]) \in Quorum}
     * becomes {@code VotesFor(i, t) \in Quorum}, which a lemma can state for every term, not just the current one.
     */
    private List<String> generalised(String guard) {
        List<String> out = new ArrayList<>();
        shapes.forEach((variable, set) -> {
            Matcher functions = FUNCTIONS.matcher(unparenthesised(set.strip()));
            if (!functions.matches()) {
                return;
            }
            List<String> names = variables.existing(functions.group(2));
            Matcher read = Pattern.compile("\\b" + Pattern.quote(variable) + "\\[\\w+\\]").matcher(guard);
            if (!names.isEmpty() && read.find()) {
                String general = read.replaceAll(Matcher.quoteReplacement(names.get(0)));
                if (!outline.variablesUsed(general).isEmpty()) {
                    out.add(general);
                } else if (bound.values().stream().filter(n -> n.stream().anyMatch(v -> mentions(general, v))).count() > 1) {
                    // What is left relates two sets through the spec's operators, Owner(VVERSION1 + 1) = VREPLICA1 from
                    // "the owner of the next version writes it": as Owner(VVERSION1) = VREPLICA1 it says who owns each one.
                    out.add(general.replaceAll("\\b" + Pattern.quote(names.get(0)) + "\\s*[-+]\\s*\\d+\\b",
                            Matcher.quoteReplacement(names.get(0))));
                }
            }
        });
        return out;
    }
}
