package dev.invar.assistant.prove;

import static dev.invar.assistant.prove.SetSyntax.FUNCTIONS;
import static dev.invar.assistant.prove.SetSyntax.MAP;
import static dev.invar.assistant.prove.SetSyntax.NAME;
import static dev.invar.assistant.prove.SetSyntax.RANGE;
import static dev.invar.assistant.prove.SetSyntax.RECORDS;
import static dev.invar.assistant.prove.SetSyntax.filtered;
import static dev.invar.assistant.prove.SetSyntax.isLiteralSet;
import static dev.invar.assistant.prove.SetSyntax.isRange;
import static dev.invar.assistant.prove.SetSyntax.messageElements;
import static dev.invar.assistant.prove.SetSyntax.spaced;
import static dev.invar.assistant.prove.SetSyntax.topLevel;
import static dev.invar.assistant.prove.SetSyntax.union;
import static dev.invar.assistant.prove.SetSyntax.unparenthesised;

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
 * Infers a predicate grammar from the spec alone, with no hand-written predicates: the sets TypeOK gives
 * the variables say what atoms can be stated about them. A function into a few values gives
 * {@code f[i] = v}; into BOOLEAN, {@code f[i]}; into a constant set, {@code f[i] = j}; into numbers,
 * {@code f[i] <= f[j]} and {@code f[i] = f[j]}; a subset of a constant set gives {@code i \in s}; a set of records (messages)
 * gives one record per shape with its fields bound; a scalar gives {@code s = v} or {@code s = i}. The
 * constant sets these range over get two quantified variables each, and their equality is an atom too. An
 * operator of the spec that the safety property applies to two state values orders all values of their kind,
 * and counts how many elements of a quorum hold a large enough one ({@link OrderAtoms}).
 */
public final class GrammarInference {
    /** A record built in the spec, {@code [adds |-> adds[r], tombs |-> tombs[r]]}: its fields. */
    private static final Pattern RECORD_LITERAL = Pattern.compile("\\[((?:\\s*\\w+\\s*\\|->[^\\[\\],]*(?:\\[[^\\[\\]]*\\])?\\s*,?)+)\\]");
    /** A field of a record that reads a function at an index: {@code tombs |-> tombs[r]}. */
    private static final Pattern SNAPSHOT_FIELD = Pattern.compile("^(\\w+)\\s*\\|->\\s*(\\w+)\\[\\s*(\\w+)\\s*\\]$");
    /** A tuple with no tuple inside, and a function applied to one argument. */
    private static final Pattern TUPLE = Pattern.compile("<<([^<>]*)>>");
    private static final Pattern APPLIED = Pattern.compile("^(\\w+)\\s*\\[\\s*(.+?)\\s*\\]$");
    /** {@code lastRead <= ver[Tail]}: two names or applications, ordered. */
    private static final Pattern COMPARISON = Pattern.compile("^(\\w+(?:\\[\\w+\\])?) (<=|<|>=|>|=<) (\\w+(?:\\[\\w+\\])?)$");
    private static final int MAX_DOMAINS = 3;
    /** How many choices of the grammar's variables a function of several arguments is read at. */
    private static final int MAX_ARGUMENTS = 4;
    /** What an action or a temporal formula has and a state invariant has not. */
    private static final Pattern TEMPORAL = Pattern.compile("'|\\[\\]|(?<!<)<>(?!>)|~>|\\bUNCHANGED\\b|\\b[WS]F_");

    private final ModuleOutline outline;
    private final Map<String, List<String>> bound = new LinkedHashMap<>();
    private final Map<String, String> existential = new LinkedHashMap<>();
    private final Set<String> predicates = new LinkedHashSet<>();
    private final IntegerAtoms integers;
    private final OrderAtoms orders;
    private final RelationAtoms relations;
    private final SumAtoms sums;
    /** Atoms about messages of one shape with only some of their fields given (see {@link #projectionsOf}). */
    private final List<String> projections = new ArrayList<>();
    /** The actions as {@link Preimages} reads them, gathered with their guards. */
    private final List<Preimages.Step> steps = new ArrayList<>();
    /** Entries the actions copy from one value of the state (see {@link CopiedValues}). */
    private final CopiedValues copied = new CopiedValues();
    /** Sequence-valued terms (a variable, or a function into sequences applied to a grammar variable), by element set. */
    private final Map<String, List<String>> sequences = new LinkedHashMap<>();
    private static final int MAX_GUARDS = 24;
    /** A name in an expression, with the parenthesis after it when it is called; a TLA+ operator's backslash too. */
    private static final Pattern NAME_OR_CALL = Pattern.compile("\\\\?\\b([A-Za-z_]\\w*)\\b(\\s*\\()?");
    private static final int MAX_UNIQUE = 6;
    private static final int MAX_GENERATED = 16;
    private static final int MAX_SIDES = 16;
    /** One generator of a map, {@code p \in Correct}. */
    private static final Pattern GENERATOR = Pattern.compile("(?s)^(\\w+)\\s*\\\\in\\s+(.+)$");
    /** {@code GrantMsg(v, p) \in msgs}, {@code [type |-> "ack", from |-> v] \notin sent}: a message built whole, in a set. */
    private static final Pattern MESSAGE_MEMBER = Pattern.compile("^(\\w+\\(.*\\)|\\[.*\\]|<<.*>>) (\\\\in|\\\\notin) (\\w+)$");
    /** {@code pc[VPROC1] = "w2"}: a function of a grammar variable at a literal or a constant. */
    private static final Pattern CONTROL_POINT = Pattern.compile("^(\\w+)\\[(\\w+)\\] = (\"[^\"]*\"|\\w+)$");
    private static final int MAX_EFFECTS = 24;
    /** How many guards of one counter give scan atoms (see {@link #scans}). */
    private static final int MAX_SCANS = 4;
    /** How many elements the state singles out are read at (see {@link #distinguished}). */
    private static final int MAX_CHOSEN = 4;
    /** {@code x' = x + 1}: a variable stepped by one. */
    static final Pattern STEP = Pattern.compile("(?s)^(\\w+)'\\s*=\\s*(.+)$");
    /** {@code f' = [f EXCEPT ![e] = v, ![d] = w]}. */
    static final Pattern EXCEPT = Pattern.compile("(?s)^(\\w+)'\\s*=\\s*\\[\\s*\\1\\s+EXCEPT\\s+(.+)\\]$");
    /** One update of an EXCEPT: {@code ![e] = v}. */
    static final Pattern EXCEPT_ENTRY = Pattern.compile("(?s)^\\s*!\\[(.+)\\]\\s*=\\s*(.+)$");

    private final TypeDomain types;
    private final SetSyntax sets;
    /** Terms that hold a record or a sentinel, with the set of records (see {@link #optionalRecord}). */
    private final Map<String, String> optional = new LinkedHashMap<>();
    /** Terms that hold records of different shapes, with their fields (see {@link SetSyntax#variants}). */
    private final Map<String, SetSyntax.Variants> variants = new LinkedHashMap<>();
    /** Each variable's set as its atoms read it (see {@link SetSyntax#shape}). */
    private final Map<String, String> shapes = new LinkedHashMap<>();
    /** Every definition of the spec, one after another: where the spec's uses of a name are looked for. */
    private final String specText;

    private GrammarInference(ModuleOutline outline, TypeDomain types) {
        this.outline = outline;
        this.types = types;
        this.sets = new SetSyntax(outline);
        this.specText = String.join("\n", outline.definitions().values());
        this.integers = new IntegerAtoms(outline);
        this.orders = new OrderAtoms(outline);
        this.relations = new RelationAtoms(outline);
        this.sums = new SumAtoms(outline);
        types.sets().forEach((variable, set) -> shapes.put(variable, sets.shape(set)));
    }

    /** The grammar for the type-correct states of a spec, with lemmas of up to {@code maxLiterals} literals. */
    public static PredicateGrammar infer(ModuleOutline outline, TypeDomain types, int maxLiterals) {
        return infer(outline, types, maxLiterals, "Next");
    }

    /** As {@link #infer(ModuleOutline, TypeDomain, int)}, with the guards of the actions of {@code next} as atoms too. */
    public static PredicateGrammar infer(ModuleOutline outline, TypeDomain types, int maxLiterals, String next) {
        return infer(outline, types, maxLiterals, next, java.util.Optional.empty());
    }

    /**
     * As {@link #infer(ModuleOutline, TypeDomain, int, String)}, with the parts of the safety property as atoms
     * too: the premise and conclusion of the implication under its universal quantifiers, and their conjuncts
     * and disjuncts, with the quantified names replaced by the grammar's variables. A conclusion such as
     * {@code \E q \in Request : <<n, q>> \in sent /\ <<q, p>> \in match} is then an atom over {@code n, p}.
     * The spec's other state invariants are taken apart the same way ({@link #statedInvariants}): to prove one
     * property, what the spec already states is given; a drafter, which looks for what the spec does not state,
     * is given neither.
     */
    public static PredicateGrammar infer(ModuleOutline outline, TypeDomain types, int maxLiterals, String next,
                                         java.util.Optional<String> safety) {
        GrammarInference inference = new GrammarInference(outline, types);
        safety.ifPresent(inference::quantifiedFirst);
        inference.shapes.forEach((variable, set) -> inference.atoms(variable, set, 0));
        safety.ifPresent(p -> {
            inference.property(p, 0);
            inference.statedInvariants(p);
        });
        inference.predicates.addAll(inference.projections);
        inference.sequences();
        inference.readsAtIndex();
        inference.carried();
        inference.guards(next);
        safety.ifPresent(inference::preimages);
        inference.copies();
        inference.snapshots();
        inference.distinguished();
        inference.unique();
        inference.sides();
        inference.integerOperators();
        inference.predicates.addAll(inference.integers.atoms(inference.bound, inference.bound.keySet().stream()
                .filter(inference.sets::isNumeric).toList(), inference.predicates));
        inference.predicates.addAll(inference.orders.atoms(inference.bound));
        inference.predicates.addAll(inference.relations.atoms(inference.bound, inference.sets::isNumeric));
        inference.predicates.addAll(inference.sums.atoms());
        List<String> prefix = new ArrayList<>();
        inference.bound.forEach((domain, names) -> prefix.add("\\A " + String.join(", ", names) + " \\in " + domain + " :"));
        inference.existential.forEach((domain, name) -> prefix.add("\\E " + name + " \\in " + domain + " :"));
        List<String> atoms = new ArrayList<>();
        inference.bound.values().forEach(n -> {
            for (int i = 0; i < n.size(); i++) {
                for (int j = i + 1; j < n.size(); j++) {
                    atoms.add(n.get(i) + " = " + n.get(j));
                }
            }
        });
        inference.predicates.stream().map(inference::guardedFields).forEach(atoms::add);
        return new PredicateGrammar(String.join(" ", prefix), atoms, maxLiterals, "inferred from the spec");
    }

    /**
     * Guards of the actions as atoms: each conjunct of an action's definition that reads the state and primes
     * nothing, with the action's parameters replaced by the grammar's variables. A parameter over a set the
     * state is typed by becomes one of its universal variables; over any other constant set (a quorum, say),
     * an existential one.
     */
    private void guards(String next) {
        int added = 0;
        int effects = 0;
        for (String action : dev.invar.tlc.Junctions.actions(next, outline.definitions())) {
            dev.invar.tlc.Junctions.Quantified q = dev.invar.tlc.Junctions.existentials(action);
            Map<String, String> renaming = new LinkedHashMap<>();
            Map<String, Integer> used = new LinkedHashMap<>();
            for (Map.Entry<String, String> b : q.bindings()) {
                String domain = sameAs(unparenthesised(b.getValue().strip()));
                String name;
                if (bound.containsKey(domain)) {
                    int k = used.merge(domain, 1, Integer::sum) - 1;
                    name = k < bound.get(domain).size() ? bound.get(domain).get(k) : null;
                } else if (sets.isConstantSet(domain) && used.merge(domain, 1, Integer::sum) == 1) {
                    name = existential.computeIfAbsent(domain, d -> unique(fresh("E" + letters(d, existential.size()))));
                } else {
                    name = null;
                }
                renaming.put(b.getKey(), name);
            }
            Map<String, String> inFlight = inFlight();
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
            relations.compared(body, renaming, bound).stream().filter(this::isNew).forEach(predicates::add);
            List<String> actionGuards = new ArrayList<>();
            // Each on one line as it reads: a bulleted list's items in parentheses, or left out where that cannot be told.
            List<String> conjuncts = branched(body).stream().flatMap(c -> dev.invar.tlc.Junctions.oneLine(c).stream()).toList();
            for (String guard : conjuncts) {
                if (!outline.changesState(guard)) {
                    renamed(guard, renaming).ifPresent(actionGuards::add);
                }
                Matcher scalar = STEP.matcher(guard.strip());
                if (scalar.matches()) {
                    copied.stepped(scalar.group(1), scalar.group(2));
                }
                for (Update effect : effects(guard)) {
                    java.util.Optional<String> entry = renamed(effect.term(), renaming);
                    java.util.Optional<String> value = renamed(effect.value().strip(), renaming);
                    entry.ifPresent(e -> value.ifPresent(v -> copied.copied(e, v)));
                    java.util.Optional<String> atom = entry.flatMap(e -> value.map(v -> e + " = " + v)).map(this::guarded);
                    if (effects < MAX_EFFECTS && atom.filter(this::isNew).filter(predicates::add).isPresent()) {
                        effects++;
                        atom.flatMap(this::atOther).filter(this::isNew).ifPresent(predicates::add);
                    }
                }
                if (added < MAX_GUARDS && isStaticRelation(guard, renaming)) {
                    java.util.Optional<String> relation = renamed(guard.strip(), renaming).filter(this::isNew);
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
                if (atom.map(this::guarded).filter(this::isNew).filter(predicates::add).isPresent()) {
                    added++;
                    atom.flatMap(this::atOther).filter(this::isNew).ifPresent(predicates::add);
                }
                atom.ifPresent(a -> generalised(a).stream().map(this::guarded).filter(this::isNew).forEach(predicates::add));
            }
            scans(body, renaming, actionGuards);
            Map<String, String> parameters = renaming;
            String m = notIn(String.join(" ", parameters.keySet()), fresh("m"));
            SentRecords.atoms(conjuncts, atom -> renamed(atom, parameters), inFlight.keySet(), m).forEach(predicates::add);
            steps.add(new Preimages.Step(conjuncts, parameters, Map.copyOf(messages)));
        }
        copied.atoms().stream().map(this::guarded).filter(this::isNew).forEach(predicates::add);
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
        String k = fresh("k");
        guards.stream().filter(g -> Pattern.compile(written).matcher(g).find() && !g.matches("^" + written + " \\\\in .*"))
                .limit(MAX_SCANS).forEach(g -> predicates.add(c + " \\in Nat => \\A " + k + " \\in " + low.get() + " .. " + c + " - 1 : "
                        + g.replaceAll(written, Matcher.quoteReplacement(k))));
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
     * A message that names two elements as the only one of its kind for one of them: for the atom
     * {@code GrantMsg(VPROC1, VPROC2) \in msgs}, also {@code \A x \in Proc : GrantMsg(VPROC1, x) \in msgs => x = VPROC2} and
     * the same for VPROC1. A voter's vote is out to one requester at most, a lock granted to one client: a clause over two
     * variables of a set cannot say so of three elements. For each message built by an operator, a record or a tuple
     * that names two of the grammar's variables once each, the first of their sets.
     */
    private void unique() {
        List<String> out = new ArrayList<>();
        for (String atom : predicates) {
            Matcher member = MESSAGE_MEMBER.matcher(atom.strip());
            if (!member.matches()) {
                continue;
            }
            String message = member.group(1);
            List<String> named = bound.values().stream().flatMap(List::stream)
                    .filter(n -> Pattern.compile("\\b" + n + "\\b").matcher(message).results().count() == 1).toList();
            if (named.size() != 2 || !firstOfTheirSets(named)) {
                continue;
            }
            for (String name : named) {
                String domain = bound.entrySet().stream().filter(e -> e.getValue().contains(name)).findFirst().orElseThrow().getKey();
                String x = fresh("x");
                out.add("\\A " + x + " \\in " + domain + " : " + message.replaceAll("\\b" + name + "\\b", x) + " \\in "
                        + member.group(3) + " => " + x + " = " + name);
            }
        }
        out.stream().distinct().limit(MAX_UNIQUE).filter(this::isNew).forEach(predicates::add);
    }

    /**
     * Whether the variables named are the first of their sets ({@code VPROC1, VPROC2}, or {@code VPROC1, VVAL1}, not
     * {@code VPROC2, VVAL1}): an atom said of them is said once up to renaming.
     */
    private boolean firstOfTheirSets(List<String> named) {
        return bound.values().stream()
                .allMatch(names -> named.containsAll(names.subList(0, (int) named.stream().filter(names::contains).count())));
    }

    /**
     * Some element on one side of a position the state holds: {@code \E x \in Node : x <= tpos /\ color[x] = "black"}, for
     * a variable typed by a set of numbers the prefix quantifies over (a token's place on a ring, a cursor) and each
     * atom about one element of that set alone ({@code color[VNODE1] = "black"}), on both sides. A probe that has
     * passed the nodes above the token is sound while they are passive or some node below it is black: a clause over
     * single nodes cannot say the second.
     */
    private void sides() {
        List<String> out = new ArrayList<>();
        bound.forEach((domain, names) -> {
            if (!sets.isNumeric(domain)) {
                return;
            }
            List<String> positions = shapes.entrySet().stream()
                    .filter(e -> sameAs(unparenthesised(e.getValue().strip())).equals(domain)).map(Map.Entry::getKey).toList();
            Pattern one = Pattern.compile("^\\w+\\[" + Pattern.quote(names.get(0)) + "\\]( = (\"[^\"]*\"|\\w+))?$");
            List<String> about = predicates.stream().filter(a -> one.matcher(a).matches()
                    && bound.values().stream().flatMap(List::stream).filter(n -> mentions(a, n)).count() == 1).toList();
            String x = fresh("x");
            for (String position : positions) {
                for (String a : about) {
                    String at = a.replaceAll("\\b" + Pattern.quote(names.get(0)) + "\\b", x);
                    out.add("\\E " + x + " \\in " + domain + " : " + x + " <= " + position + " /\\ " + at);
                    out.add("\\E " + x + " \\in " + domain + " : " + position + " < " + x + " /\\ " + at);
                }
            }
        });
        out.stream().limit(MAX_SIDES).filter(this::isNew).forEach(predicates::add);
    }

    /**
     * Atoms {@code V = C} for a constant C that the spec reads a variable at, {@code len[Leader]} with len a function
     * of a set the prefix quantifies over (not a set of numbers): C is an element of it that the protocol singles out, a
     * fixed leader, a coordinator, whose entry a lemma compares with the others': {@code ~(VREPLICA2 = Leader) \\/
     * hw[VREPLICA1] <= hw[VREPLICA2]}. One atom per variable of the set, as either may be the one it is.
     * <p>
     * The state may single one out too: {@code data[Primary(view)]}, an operator applied to variables and constants
     * only. Then each function of that set is read at it as at a variable ({@code up[Primary(view)]},
     * {@code VWRITE1 \\in data[Backup(view)]}): the current primary holds every acknowledged write, and the backup,
     * which a failover makes primary, holds them too; a clause over the set's variables needs a literal more to say
     * which of them is the primary, and one more for the backup.
     */
    private void distinguished() {
        Map<String, String> chosen = new LinkedHashMap<>();
        shapes.forEach((variable, set) -> {
            Matcher functions = FUNCTIONS.matcher(unparenthesised(set.strip()));
            if (!functions.matches()) {
                return;
            }
            String domain = sameAs(unparenthesised(functions.group(1).strip()));
            List<String> names = bound.get(domain);
            if (names == null || sets.isNumeric(domain)) {
                return;
            }
            Matcher at = Pattern.compile("\\b" + Pattern.quote(variable) + "\\[\\s*(\\w+)\\s*\\]").matcher(specText);
            while (at.find()) {
                String element = at.group(1);
                if (!names.contains(element) && outline.isConstant(element)) {
                    names.stream().map(n -> n + " = " + element).filter(this::isNew).forEach(predicates::add);
                }
            }
            Matcher by = Pattern.compile("\\b" + Pattern.quote(variable) + "\\[\\s*(\\w+\\s*\\([^()\\[\\]]*\\))\\s*\\]").matcher(specText);
            while (by.find()) {
                String element = by.group(1).replaceAll("\\s+", " ");
                if (chosenByState(element) && chosen.size() < MAX_CHOSEN) {
                    chosen.putIfAbsent(element, domain);
                }
            }
        });
        chosen.forEach((element, domain) -> {
            bound.get(domain).forEach(n -> predicates.add(n + " = " + element));
            Set<String> before = new LinkedHashSet<>(predicates);
            shapes.forEach((variable, set) -> {
                Matcher functions = FUNCTIONS.matcher(unparenthesised(set.strip()));
                if (functions.matches() && sameAs(unparenthesised(functions.group(1).strip())).equals(domain)) {
                    atoms(variable + "[" + element + "]", functions.group(2).strip(), 1);
                }
            });
            List<String> read = predicates.stream().filter(a -> !before.contains(a)).toList();
            predicates.removeAll(read);
            read.stream().map(this::guarded).forEach(predicates::add);
        });
    }

    /** {@code Primary(view)}: an operator of the spec applied to variables and constants, reading the state. */
    private boolean chosenByState(String element) {
        Matcher call = Pattern.compile("^(\\w+) ?\\((.*)\\)$").matcher(element);
        if (!call.matches() || outline.definition(call.group(1)).isEmpty() || outline.variablesUsed(element).isEmpty()) {
            return false;
        }
        List<String> arguments = topLevel(call.group(2), ',');
        return outline.parameters(call.group(1)).size() == arguments.size() && arguments.stream().map(String::strip)
                .allMatch(a -> outline.variables().contains(a) || outline.isConstant(a) || a.matches("\\d+"));
    }

    /**
     * The spec's names for integers of the state, {@code Latest == Max(log)}: each definition without parameters that
     * reads the state, changes none of it, and is an operand of an order or a range in the spec
     * ({@code Max(checkpoints) <= Latest}, {@code ReadFrom .. Latest}). The numeric variables are compared with them
     * as with the state's integer variables: a writer's snapshot is a version no later than the latest.
     */
    private void integerOperators() {
        String order = "(?:<=|=<|>=|<|>|\\.\\.|\\\\leq|\\\\geq)";
        outline.definitions().forEach((name, body) -> {
            if (outline.parameters(name).isEmpty() && !outline.variablesUsed(body).isEmpty() && !outline.changesState(body)
                    && !TEMPORAL.matcher(body).find() && !outline.variables().contains(name)
                    && Pattern.compile("(?<![=<>\\-|])" + order + "\\s*" + Pattern.quote(name) + "\\b(?!\\s*[\\[(])|\\b"
                            + Pattern.quote(name) + "\\s*" + order + "(?![=>])").matcher(specText).find()) {
                integers.operator(name);
            }
        });
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
            int[] split = e.matches("(?s)^IF\\b.*") ? RelationAtoms.ifSplit(e) : null;
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
     * What an action makes true of an entry it sets, {@code f[e] = v} for {@code f' = [f EXCEPT ![e] = v]}, where v
     * reads no primed or {@code @} value: a philosopher who picks up its left fork holds it, {@code fork[LeftFork(p)] = p},
     * which no guard says (the guard says the fork was free).
     */
    private static List<Update> effects(String conjunct) {
        // An entry set from its own old value, len[p] = len[p] + 1, is false of every state after the step.
        return Update.of(conjunct).stream().filter(u -> u.index().filter(i -> !i.contains("'") && topLevel(i, ',').size() == 1).isPresent()
                && !u.value().contains("'") && !u.value().contains("@") && u.value().length() <= 80
                && !u.value().replaceAll("\\s+", "").contains(u.term().replaceAll("\\s+", ""))).toList();
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
            List<String> names = bound.get(sameAs(unparenthesised(functions.group(2).strip())));
            Matcher read = Pattern.compile("\\b" + Pattern.quote(variable) + "\\[\\w+\\]").matcher(guard);
            if (names != null && read.find()) {
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

    /**
     * Atoms over sequences (logs, histories, chains): {@code s = <<>>}, an element in s, no element twice, x before
     * y in s, s a prefix of t and s no longer than t; {@code Len(s)} is an integer term for the arithmetic atoms, so {@code matchIndex[b] <= Len(log[b])}
     * can be stated. Replication protocols are safe because logs are prefixes of one another.
     */
    private void sequences() {
        sequences.forEach((elements, terms) -> {
            List<String> members = values(elements);
            for (String t : terms) {
                predicates.add(t + " = <<>>");
                String k = fresh("k");
                String j = fresh("j");
                // No element twice: a chain lists each server once, a log each write once.
                predicates.add("\\A " + k + ", " + j + " \\in DOMAIN " + t + " : " + t + "[" + k + "] = " + t + "[" + j + "] => " + k + " = " + j);
                if (members.size() == 2 && !members.get(0).equals(members.get(1))) {
                    // Order: x comes before y in s (a server's predecessor in the chain, an older write in a log).
                    predicates.add("\\E " + k + ", " + j + " \\in DOMAIN " + t + " : " + k + " < " + j + " /\\ " + t + "[" + k + "] = "
                            + members.get(0) + " /\\ " + t + "[" + j + "] = " + members.get(1));
                }
                // The same order on one component of tuples: a message with the old bit before one with the new.
                List<String> components = sets.components(elements);
                for (int i = 0; components.size() > 1 && i < components.size(); i++) {
                    List<String> parts = values(components.get(i));
                    if (parts.size() == 2 && !parts.get(0).equals(parts.get(1))) {
                        String at = "[" + (i + 1) + "]";
                        predicates.add("\\E " + k + ", " + j + " \\in DOMAIN " + t + " : " + k + " < " + j + " /\\ " + t + "[" + k + "]" + at
                                + " = " + parts.get(0) + " /\\ " + t + "[" + j + "]" + at + " = " + parts.get(1));
                    }
                }
                members.forEach(e -> predicates.add("\\E " + k + " \\in DOMAIN " + t + " : " + t + "[" + k + "] = " + e));
                integers.term("Len(" + t + ")");
                for (String u : terms) {
                    if (!t.equals(u)) {
                        predicates.add("Len(" + t + ") <= Len(" + u + ") /\\ SubSeq(" + u + ", 1, Len(" + t + ")) = " + t);
                    }
                }
            }
        });
    }

    /**
     * A function of the state read at a scalar of the state, as the spec reads it ({@code input[sIdx]}, the item
     * being sent): its value is compared with the values of the function's range, where the index lies in the
     * function's domain ({@code sIdx \in DOMAIN input /\ input[sIdx] = VDATA1}), so the atom is defined in every
     * type-correct state. The channel holds copies of the current item, which entries at the grammar's variables
     * cannot say.
     */
    private void readsAtIndex() {
        Set<String> seen = new java.util.HashSet<>();
        shapes.forEach((function, set) -> {
            Matcher functions = FUNCTIONS.matcher(unparenthesised(set.strip()));
            if (!functions.matches()) {
                return;
            }
            Pattern read = Pattern.compile("\\b" + Pattern.quote(function) + "\\[\\s*(\\w+)\\s*\\]");
            for (String body : outline.definitions().values()) {
                Matcher m = read.matcher(body);
                while (m.find()) {
                    String index = m.group(1);
                    String indexSet = shapes.containsKey(index) ? unparenthesised(shapes.get(index).strip()) : null;
                    if (indexSet == null || FUNCTIONS.matcher(indexSet).matches() || indexSet.startsWith("SUBSET")
                            || !seen.add(function + "[" + index + "]")) {
                        continue;
                    }
                    for (String value : values(functions.group(2))) {
                        predicates.add(index + " \\in DOMAIN " + function + " /\\ " + function + "[" + index + "] = " + value);
                    }
                }
            }
        });
    }

    /**
     * What a message carries as a function of another of its fields: where the spec builds a tuple
     * {@code <<next, Input[next]>>} for a set or sequence of tuples, with {@code Input} a constant function, the
     * atom {@code VDATA1 = Input[VSEQ1]} over the variables of the two components' sets says a message carries the
     * item its sequence number names.
     */
    private void carried() {
        shapes.forEach((variable, set) -> {
            String t = unparenthesised(set.strip());
            String elements = t.startsWith("SUBSET ") ? t.substring("SUBSET ".length()) : sets.sequenceElements(t).orElse(null);
            if (elements == null) {
                return;
            }
            List<String> components = sets.components(elements);
            if (components.size() < 2) {
                return;
            }
            for (String body : outline.definitions().values()) {
                Matcher m = TUPLE.matcher(body);
                while (m.find()) {
                    List<String> parts = topLevel(m.group(1), ',');
                    for (int j = 0; parts.size() == components.size() && j < parts.size(); j++) {
                        Matcher f = APPLIED.matcher(parts.get(j));
                        if (!f.matches() || !outline.isConstant(f.group(1))) {
                            continue;
                        }
                        int i = parts.indexOf(f.group(2));
                        List<String> from = i < 0 || i == j ? List.of() : variablesOf(components.get(i));
                        List<String> to = variablesOf(components.get(j));
                        if (!from.isEmpty() && !to.isEmpty()) {
                            predicates.add(to.get(0) + " = " + f.group(1) + "[" + from.get(0) + "]");
                        }
                    }
                }
            }
        });
    }

    /**
     * Messages that are copies of a function's rows: where a set of messages holds functions {@code [D -> R]} and
     * a variable is a function {@code [E -> [D -> R]]} (each replica's vector, gossiped whole), or holds values of
     * another kind that the spec sends as a function's entry ({@code msgs \\cup {store[r]}}), each atom about one
     * row at a grammar variable of E, and about no other element of E, is said of every message too: the safety
     * property's {@code cnt[VREPLICA1][VREPLICA2] <= cnt[VREPLICA2][VREPLICA2]} gives
     * {@code \A m \in msgs : m[VREPLICA2] <= cnt[VREPLICA2][VREPLICA2]}, a snapshot knows no more than the owner counted.
     */
    private void copies() {
        List<String> known = List.copyOf(predicates);
        shapes.forEach((messages, set) -> {
            String t = unparenthesised(set.strip());
            if (!t.startsWith("SUBSET ")) {
                return;
            }
            String of = unparenthesised(t.substring("SUBSET ".length()).strip());
            boolean functions = FUNCTIONS.matcher(of).matches();
            String element = spaced(of);
            shapes.forEach((function, rows) -> {
                Matcher f = FUNCTIONS.matcher(unparenthesised(rows.strip()));
                if (!f.matches() || !spaced(unparenthesised(f.group(2).strip())).equals(element)) {
                    return;
                }
                // Messages of another kind than functions (sets of entries, say) only where the spec sends a row whole,
                // msgs \cup {store[r]}.
                if (!functions && !Pattern.compile("\\{\\s*" + Pattern.quote(function) + "\\s*\\[\\s*\\w+\\s*\\]\\s*\\}")
                        .matcher(specText).find()) {
                    return;
                }
                String m = fresh("m");
                for (String v : variablesOf(f.group(1).strip())) {
                    Pattern row = Pattern.compile("\\b" + Pattern.quote(function) + "\\[" + Pattern.quote(v) + "\\]");
                    for (String atom : known) {
                        String n = notIn(atom, m);
                        String copy = row.matcher(atom).replaceAll(Matcher.quoteReplacement(n));
                        if (!copy.equals(atom) && !mentions(copy, v)) {
                            predicates.add("\\A " + n + " \\in " + messages + " : " + copy);
                        }
                    }
                }
            });
        });
    }

    /**
     * Messages that are snapshots of one element's state: where the spec builds a record whose fields read state
     * functions at one index, {@code [adds |-> adds[r], tombs |-> tombs[r]]}, and a variable is a set of records with
     * those fields, each atom about those functions at one grammar variable, and about no other element of its set,
     * is said of every message too: the safety property's {@code tombs[VREPLICA1] \\subseteq adds[VREPLICA1]} gives
     * {@code \\A m \\in msgs : m.tombs \\subseteq m.adds}, a replica's state in flight is as consistent as the replica.
     */
    private void snapshots() {
        List<String> known = List.copyOf(predicates);
        inFlight().forEach((messages, elements) -> {
            Matcher records = RECORDS.matcher(sets.expand(unparenthesised(elements)));
            if (!records.matches()) {
                return;
            }
            Set<String> fields = new java.util.HashSet<>();
            topLevel(records.group(1), ',').forEach(f -> fields.add(f.substring(0, Math.max(0, f.indexOf(':'))).strip()));
            Matcher literal = RECORD_LITERAL.matcher(specText);
            while (literal.find()) {
                Map<String, String> read = new LinkedHashMap<>(); // function read at the index -> the field it fills
                Set<String> indexes = new java.util.HashSet<>();
                for (String f : topLevel(literal.group(1), ',')) {
                    Matcher field = SNAPSHOT_FIELD.matcher(f.strip());
                    if (field.matches() && fields.contains(field.group(1)) && shapes.containsKey(field.group(2))) {
                        read.put(field.group(2), field.group(1));
                        indexes.add(field.group(3));
                    }
                }
                if (read.isEmpty() || indexes.size() != 1) {
                    continue;
                }
                String m = fresh("m");
                for (String atom : known) {
                    String n = notIn(atom, m);
                    for (List<String> names : bound.values()) {
                        for (String v : names) {
                            String copy = atom;
                            for (Map.Entry<String, String> r : read.entrySet()) {
                                copy = copy.replaceAll("\\b" + Pattern.quote(r.getKey()) + "\\[" + Pattern.quote(v) + "\\]",
                                        Matcher.quoteReplacement(n + "." + r.getValue()));
                            }
                            if (!copy.equals(atom) && !mentions(copy, v)) {
                                predicates.add("\\A " + n + " \\in " + messages + " : " + copy);
                            }
                        }
                    }
                }
            }
        });
    }

    /**
     * The messages in flight, as sets to quantify over, with the set each is drawn from: a variable that is a set of
     * them, and the records in a function of channels of one slot, {@code chan \\in [Link -> State \\cup {NoMsg}]}, as
     * {@code ({chan[x] : x \\in DOMAIN chan} \\cap State)}.
     */
    private Map<String, String> inFlight() {
        Map<String, String> out = new LinkedHashMap<>();
        shapes.forEach((variable, set) -> {
            messageElements(set).ifPresent(elements -> out.put(variable, elements));
            Matcher channels = FUNCTIONS.matcher(unparenthesised(set.strip()));
            if (channels.matches()) {
                String x = fresh("x");
                optionalRecord(channels.group(2).strip()).ifPresent(records -> out.put("({" + variable + "[" + x + "] : " + x
                        + " \\in DOMAIN " + variable + "} \\cap " + records.strip() + ")", records));
            }
        });
        return out;
    }

    /**
     * The sets the safety property quantifies over, as the grammar's first domains: the prefix has room for only
     * {@value #MAX_DOMAINS}, and the sets of TypeOK, read in order, may fill it before the one the property is about
     * ({@code \\A o \\in Record : o < committed => o \\in processed}, after generations, consumers and positions).
     */
    private void quantifiedFirst(String formula) {
        eachConjunct(formula, 0, text -> dev.invar.tlc.Junctions.universals(text).bindings().forEach(b -> quantified(b.getValue())));
    }

    /**
     * The integers a property compares that are a function's value at a constant, {@code lastRead <= ver[Tail]}: integer
     * terms as the state's variables are, so that messages, other entries and counters are compared with them too
     * ({@code \\A m \\in acks : m.ver <= ver[Tail]}).
     */
    private void compared(String atom) {
        Matcher comparison = COMPARISON.matcher(atom);
        if (!comparison.matches()) {
            return;
        }
        for (String side : List.of(comparison.group(1), comparison.group(3))) {
            Matcher applied = APPLIED.matcher(side);
            if (applied.matches() && outline.variables().contains(applied.group(1)) && NAME.matcher(applied.group(2)).matches()
                    && outline.variablesUsed(applied.group(2)).isEmpty() && bound.values().stream().noneMatch(n -> n.contains(applied.group(2)))) {
                integers.term(side);
            }
        }
    }

    /**
     * The grammar's variables for a set a property quantifies over: those of the set itself, or for a set of the state,
     * {@code \A o \in delivered} with {@code delivered \in SUBSET Offset}, those of the set its elements are drawn from,
     * where that set is one to quantify over anyway (numbers, a declared constant, one bound already): what the
     * property says of each delivered offset is then said of any offset, as an atom a lemma puts beside
     * {@code VOFFSET1 \in delivered}.
     */
    private List<String> quantified(String domain) {
        List<String> names = variablesOf(domain);
        String type = unparenthesised(shapes.getOrDefault(unparenthesised(domain.strip()), "").strip());
        if (!names.isEmpty() || !type.startsWith("SUBSET ")) {
            return names;
        }
        String elements = unparenthesised(type.substring("SUBSET ".length()).strip());
        boolean quantifiable = NAME.matcher(elements).matches() && (bound.containsKey(sameAs(elements)) || sets.isNumeric(elements)
                || outline.constants().contains(elements));
        return quantifiable ? variablesOf(elements) : List.of();
    }

    /**
     * Each conjunct of a property, down to three levels, with the names without parameters it is a conjunction of
     * expanded: what {@link #property} and {@link #quantifiedFirst} read.
     */
    private void eachConjunct(String formula, int depth, java.util.function.Consumer<String> part) {
        List<String> conjuncts = dev.invar.tlc.Junctions.conjuncts(formula);
        if (depth > 3) {
            return;
        }
        if (conjuncts.size() > 1) {
            conjuncts.forEach(c -> eachConjunct(c, depth + 1, part));
            return;
        }
        String text = formula.strip();
        if (NAME.matcher(text).matches()) {
            outline.definition(text).filter(body -> outline.parameters(text).isEmpty()).ifPresent(body -> eachConjunct(body, depth + 1, part));
            return;
        }
        part.accept(text);
    }

    /** Atoms from the parts of a property, expanding the names it is a conjunction of. */
    private void property(String formula, int depth) {
        eachConjunct(formula, depth, this::conjunctAtoms);
    }

    /** Atoms from one conjunct of a property: the parts of its implication, or its disjuncts, under its quantifiers. */
    private void conjunctAtoms(String text) {
        dev.invar.tlc.Junctions.Quantified q = dev.invar.tlc.Junctions.universals(text);
        Map<String, String> renaming = new LinkedHashMap<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        boolean overState = false;
        for (Map.Entry<String, String> b : q.bindings()) {
            List<String> names = quantified(b.getValue());
            overState |= !names.isEmpty() && variablesOf(b.getValue()).isEmpty();
            int k = used.merge(unparenthesised(b.getValue().strip()), 1, Integer::sum) - 1;
            renaming.put(b.getKey(), k < names.size() ? names.get(k) : null);
        }
        atElement(q, renaming);
        new RangeEnds(outline).atoms(q, renaming).stream().map(this::guarded).filter(this::isNew).forEach(predicates::add);
        List<String> parts = new ArrayList<>();
        // Over a set of the state, the body is what membership implies: its conjuncts are atoms as a conclusion's are.
        java.util.Optional<Map.Entry<String, String>> implication = dev.invar.tlc.Junctions.implication(q.body());
        if (implication.isEmpty() && overState) {
            implication = java.util.Optional.of(Map.entry("TRUE", q.body()));
        }
        implication.ifPresentOrElse(sides -> {
            for (String side : List.of(sides.getKey(), sides.getValue())) {
                parts.add(side);
                parts.addAll(dev.invar.tlc.Junctions.conjuncts(side));
                parts.addAll(dev.invar.tlc.Junctions.disjuncts(side));
            }
        }, () -> parts.addAll(dev.invar.tlc.Junctions.disjuncts(q.body())));
        boolean guard = overState;
        for (String part : parts) {
            String atom = dev.invar.tlc.Junctions.oneLine(part).map(SetSyntax::unparenthesised).orElse("");
            if (!atom.isEmpty() && atom.length() <= 160 && !outline.variablesUsed(atom).isEmpty()) {
                // Guarded where it reads a function at an index of the state, store[VREPLICA1][wkey[VCLIENT1]]: the
                // property's premise (wkey[c] # NoKey) keeps that index in the domain, the atom on its own does not.
                renamed(atom, renaming).map(a -> guard ? guarded(a) : a).filter(this::isNew).ifPresent(a -> {
                    predicates.add(guard ? a : guarded(a));
                    orders.part(a);
                    compared(a);
                });
            }
        }
    }

    /** The atoms of {@link Preimages} for the safety property's conjuncts. */
    private void preimages(String safety) {
        List<String> conjuncts = new ArrayList<>();
        eachConjunct(safety, 0, c -> dev.invar.tlc.Junctions.oneLine(c).ifPresent(conjuncts::add));
        new Preimages(outline).atoms(conjuncts, steps, bound).stream().map(this::guarded).filter(this::isNew).forEach(predicates::add);
    }

    /**
     * The first grammar variable of the numbers a set of the state holds, {@code VSERVERS1} for {@code chain \in SUBSET
     * Servers \ {{}}} with {@code Servers == 1..N}: the property at its elements before or after one, as along a chain
     * of servers, where what holds at a server holds at the ones before it.
     */
    private List<String> orderedElements(String set) {
        Matcher subset = Pattern.compile("^SUBSET\\s+(\\w+)\\b.*").matcher(unparenthesised(shapes.getOrDefault(unparenthesised(set.strip()), "").strip()));
        if (!subset.matches() || !sets.isNumeric(subset.group(1))) {
            return List.of();
        }
        return bound.getOrDefault(sameAs(subset.group(1)), List.of()).stream().limit(1).toList();
    }

    /**
     * What a property says at one element, when its quantifiers go on over a set of the state that the grammar has
     * no variables for: {@code \A r \in Replica : \A e, f \in store[r] : ~Dominates(f.vv, e.vv)} gives
     * {@code \A e \in store[VREPLICA1], f \in store[VREPLICA1] : ~Dominates(f.vv, e.vv)}, the property of one
     * replica, which a lemma can also say of the states in flight (see {@link #copies}).
     */
    private void atElement(dev.invar.tlc.Junctions.Quantified q, Map<String, String> renaming) {
        List<Map.Entry<String, String>> bindings = q.bindings();
        for (int i = 1; i < bindings.size(); i++) {
            String set = bindings.get(i).getValue();
            if (renaming.get(bindings.get(i).getKey()) == null && !outline.variablesUsed(set).isEmpty()
                    && bindings.subList(0, i).stream().allMatch(b -> renaming.get(b.getKey()) != null)) {
                String inner = "\\A " + String.join(", ", bindings.subList(i, bindings.size()).stream()
                        .map(b -> b.getKey() + " \\in " + b.getValue().strip()).toList()) + " : " + q.body().strip();
                Map<String, String> outer = new LinkedHashMap<>();
                bindings.subList(0, i).forEach(b -> outer.put(b.getKey(), renaming.get(b.getKey())));
                dev.invar.tlc.Junctions.oneLine(inner).filter(a -> a.length() <= 160).flatMap(a -> renamed(a, outer))
                        .map(this::guarded).filter(this::isNew).ifPresent(predicates::add);
                if (i == bindings.size() - 1) {
                    String x = bindings.get(i).getKey();
                    for (String v : orderedElements(set)) {
                        for (String side : List.of(x + " < " + v, v + " < " + x)) {
                            dev.invar.tlc.Junctions.oneLine("\\A " + x + " \\in " + set.strip() + " : " + side + " => (" + q.body().strip() + ")")
                                    .filter(a -> a.length() <= 160).flatMap(a -> renamed(a, outer))
                                    .map(this::guarded).filter(this::isNew).ifPresent(predicates::add);
                        }
                    }
                }
                return;
            }
        }
    }

    /**
     * The spec's own state invariants, taken apart as the safety property is: each definition without parameters
     * that is a universally quantified formula over the state, primes nothing and says nothing of the future. A
     * spec that states {@code \A a \in Acceptor, b \in Ballot, v \in Value : VotedFor(a, b, v) => SafeAt(b, v)}
     * gives the atoms {@code VotedFor(a, b, v)} and {@code SafeAt(b, v)} over the grammar's variables: the
     * vocabulary its author reasons in, which the sets of TypeOK alone do not give. Each is an atom as a whole too,
     * so a lemma can be one of them: raft's "a server votes for at most one candidate a term" relates three
     * servers, where the grammar has two variables a set.
     */
    private void statedInvariants(String safety) {
        Set<String> proven = new java.util.HashSet<>(dev.invar.tlc.Junctions.conjuncts(safety).stream().map(String::strip).toList());
        outline.definitions().forEach((name, body) -> {
            String text = body.strip();
            if (outline.parameters(name).isEmpty() && text.startsWith("\\A") && !TEMPORAL.matcher(text).find()
                    && !outline.variablesUsed(text).isEmpty() && !proven.contains(name)) {
                predicates.add(name);
                property(text, 1);
            }
        });
    }

    /** Whether {@code name} occurs in {@code text} as a whole word. */
    static boolean mentions(String text, String name) {
        return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text).find();
    }

    private String guarded(String atom) {
        return DomainGuard.guarded(atom, outline, types.sets());
    }

    /** Whether an atom says something no atom says yet: {@code ~p} says nothing new when {@code p} is an atom. */
    private boolean isNew(String atom) {
        String a = atom.strip();
        return !(a.startsWith("~") && predicates.contains(unparenthesised(a.substring(1).strip())));
    }

    /** The text with each name replaced as {@code renaming} says, or empty when it uses a name mapped to null. */
    static java.util.Optional<String> renamed(String text, Map<String, String> renaming) {
        String renamed = text;
        for (Map.Entry<String, String> r : renaming.entrySet()) {
            if (renamed.matches("(?s).*\\b" + Pattern.quote(r.getKey()) + "\\b.*")) {
                if (r.getValue() == null) {
                    return java.util.Optional.empty();
                }
                renamed = renamed.replaceAll("\\b" + Pattern.quote(r.getKey()) + "\\b", Matcher.quoteReplacement(r.getValue()));
            }
        }
        return java.util.Optional.of(renamed);
    }

    private static String letters(String domain, int index) {
        String l = domain.replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        return l.isEmpty() ? "X" + index : l;
    }

    /** Atoms about {@code term}, whose values lie in {@code set}. */
    private void atoms(String term, String set, int depth) {
        String s = unparenthesised(set.strip());
        String shape = sets.shape(s);
        if (FUNCTIONS.matcher(shape).matches() || RECORDS.matcher(shape).matches()) {
            // Functions or records by name, or records that satisfy a condition (Intervals == {i \\in [lo : Time, hi :
            // Time] : i.lo <= i.hi}): atoms about their entries or fields, as of the set written out and unfiltered.
            s = shape;
        }
        if (depth > 3) {
            return;
        }
        Matcher functions = FUNCTIONS.matcher(s);
        Matcher records = RECORDS.matcher(s);
        if (functions.matches()) {
            String domain = functions.group(1).strip();
            List<String> names = variablesOf(domain);
            String range = functions.group(2).strip();
            if (names.isEmpty()) {
                // A function of several arguments, [Task \\X Attempt -> Status]: atoms about its values at the grammar's
                // variables of each set, status[VTASK1, VATTEMPT2].
                List<String> components = sets.components(domain);
                if (components.size() > 1) {
                    tuplesOf(components).stream().limit(MAX_ARGUMENTS)
                            .forEach(t -> atoms(term + "[" + t.substring(2, t.length() - 2) + "]", range, depth + 1));
                }
                return;
            }
            if (depth == 0 && unparenthesised(range).equals("BOOLEAN")) {
                // Some entry true (a live server, a vote cast), which clauses over one entry cannot say.
                String x = fresh("x");
                predicates.add("\\E " + x + " \\in " + domain + " : " + term + "[" + x + "]");
            }
            if (sets.isNumeric(range) && names.size() == 2) {
                // The order of two entries, and their equality: two entries are distinct (the tickets of two waiting
                // processes) only as the negation of one atom, not of two orders.
                predicates.add(term + "[" + names.get(0) + "] <= " + term + "[" + names.get(1) + "]");
                predicates.add(term + "[" + names.get(0) + "] = " + term + "[" + names.get(1) + "]");
            }
            Matcher rows = FUNCTIONS.matcher(unparenthesised(range));
            if (depth == 0 && names.size() == 2 && rows.matches() && variablesOf(rows.group(1).strip()).equals(names)) {
                // What one element knows of another's entry and that entry itself, f[i][j] against f[j][j]: a
                // request queued at a peer, a count gossiped to a replica, is the owner's, or no more than it.
                String known = term + "[" + names.get(0) + "][" + names.get(1) + "]";
                String own = term + "[" + names.get(1) + "][" + names.get(1) + "]";
                predicates.add(known + " = " + own);
                if (sets.isNumeric(rows.group(2))) {
                    predicates.add(known + " <= " + own);
                }
            }
            if (depth == 0 && sets.isNumeric(range)) {
                Matcher entries = RANGE.matcher(unparenthesised(sets.expand(range)));
                sums.function(term, domain, entries.matches() ? java.util.Optional.of(entries.group(2).strip()) : java.util.Optional.empty());
            }
            if (depth == 0 && sets.recordUnion(range).isEmpty() && sets.variants(range).isEmpty()
                    && !RECORDS.matcher(sets.unfiltered(range)).matches()) {
                // How many entries hold each of a few literal values: a counter kept beside the function (readers
                // beside the processes reading) equals one such count. (Not of records, of one shape or several:
                // reading the values of a named set of them would make it a domain of the prefix.)
                List<String> values = values(range);
                if (!values.isEmpty() && values.stream().allMatch(v -> v.equals("TRUE") || v.matches("\"[^\"]*\""))) {
                    integers.tally(term, domain, values);
                }
            }
            for (String name : names) {
                atoms(term + "[" + name + "]", range, depth + 1);
            }
            return;
        }
        if (records.matches()) {
            // A record-valued term (a view, a configuration): atoms about each field.
            for (String field : topLevel(records.group(1), ',')) {
                int colon = field.indexOf(':');
                if (colon > 0) {
                    atoms(term + "." + field.substring(0, colon).strip(), field.substring(colon + 1), depth + 1);
                }
            }
            return;
        }
        java.util.Optional<String> record = optionalRecord(s);
        if (record.isPresent()) {
            // A record or a sentinel, [consumer : Consumer, gen : Gen] \\cup {NoCommit}: the sentinels as values, and the
            // record's fields, each atom about them guarded by membership in the records (see #guardedFields).
            optional.put(term, record.get());
            union(s).stream().filter(part -> !part.equals(record.get())).flatMap(part -> values(part).stream())
                    .forEach(v -> predicates.add(term + " = " + v));
            atoms(term, sets.expand(unparenthesised(record.get())), depth);
            return;
        }
        java.util.Optional<SetSyntax.RecordUnion> slot = depth > 0 ? sets.recordUnion(s) : java.util.Optional.empty();
        if (slot.isPresent()) {
            // A channel of one slot, inbox[p] \\in {NoMsg, RelMsg} \\cup {ReqMsg(t) : t \\in 1 .. MaxClock}: the records it
            // names as values, and each field's atoms over its values in the union.
            slot.get().named().forEach(n -> predicates.add(term + " = " + n));
            slot.get().fields().forEach((field, values) -> atoms(term + "." + field, values, depth + 1));
            return;
        }
        java.util.Optional<SetSyntax.Variants> shaped = sets.variants(s);
        if (shaped.isPresent()) {
            // Records of different shapes, a slot idle, waiting with a timer or holding a reply: each field's atoms, each
            // atom about a field only some shapes have guarded by the shapes that have it (see #guardedFields).
            variants.put(term, shaped.get());
            shaped.get().fields().forEach((field, values) -> atoms(term + "." + field, values, depth + 1));
            return;
        }
        java.util.Optional<String> filtered = filtered(s);
        if (filtered.filter(f -> f.startsWith("SUBSET ")).isPresent()) {
            // A bounded set of messages, {M \\in SUBSET Msg : Cardinality(M) <= MaxMsgs}: atoms as for SUBSET Msg.
            atoms(term, filtered.get(), depth);
            return;
        }
        java.util.Optional<String> elements = sets.sequenceElements(s);
        if (elements.isPresent()) {
            if (depth == 0 || term.matches("\\w+\\[\\w+\\]")) {
                sequences.computeIfAbsent(elements.get(), e -> new ArrayList<>()).add(term);
            }
            return;
        }
        if (s.startsWith("SUBSET ")) {
            String of = unparenthesised(s.substring("SUBSET ".length()).strip());
            members(term, of, depth);
            if (bound.containsKey(sameAs(of))) {
                orders.subset(term, sameAs(of));
            }
            if (!term.contains("[") && outline.constants().contains(of)) {
                integers.size("Cardinality(" + term + ")");
            }
            if (depth == 0) {
                integerFields(of).forEach(field -> sums.field(term, field));
            }
            if (depth == 0) {
                // Emptiness and having at most one element, which clauses over members cannot say.
                predicates.add(term + " = {}");
                predicates.add("\\A " + fresh("a") + ", " + fresh("b") + " \\in " + term + " : " + fresh("a") + " = " + fresh("b"));
            }
            return;
        }
        orders.term(term, s);
        if (sets.isNumeric(s) && (depth == 0 || term.matches("\\w+(\\[\\w+\\]|\\.\\w+){1,3}"))) {
            integers.term(term);
            Matcher range = RANGE.matcher(unparenthesised(sets.expand(s)));
            if (!term.contains("[") && range.matches()) {
                integers.ceiling(term, range.group(2).strip());
                sums.total(term);
                sums.total(range.group(2).strip());
            }
        }
        for (String value : values(s)) {
            predicates.add(value.equals("TRUE") ? term : term + " = " + value);
            if (value.equals("TRUE")) {
                break;
            }
        }
    }

    /**
     * The part of a union that is a set of records, when the others are values with no fields: a commit record or
     * none, {@code CommitRecord \\cup {NoCommit}}.
     */
    private java.util.Optional<String> optionalRecord(String set) {
        List<String> parts = union(sets.expand(set));
        List<String> records = parts.stream().filter(p -> RECORDS.matcher(sets.expand(unparenthesised(p))).matches()).toList();
        if (parts.size() < 2 || records.size() != 1) {
            return java.util.Optional.empty();
        }
        // Only now the values of the other parts: reading them may make a set a domain of the prefix. (None of them is
        // a set of records: only one part is.)
        boolean othersValues = parts.stream().filter(p -> !records.contains(p))
                .allMatch(p -> !values(p).isEmpty() && !FUNCTIONS.matcher(sets.expand(unparenthesised(p))).matches());
        return othersValues ? java.util.Optional.of(records.get(0)) : java.util.Optional.empty();
    }

    /**
     * The atom with each field read of a term that holds a record or a sentinel guarded by the term's being a record,
     * {@code committed[VPARTITION1] \\in CommitRecord /\\ (committed[VPARTITION1].gen <= gen)}: TLC cannot read a field of
     * a sentinel, and an atom it cannot evaluate in some type-correct state costs a search for it. Likewise a field
     * that only some shapes of a term's records have: {@code sync[VNODE1].phase = "replied" /\\ (...)}.
     */
    private String guardedFields(String atom) {
        String out = atom;
        for (Map.Entry<String, String> o : optional.entrySet()) {
            String guard = o.getKey() + " \\in " + o.getValue();
            if (Pattern.compile(Pattern.quote(o.getKey()) + "\\.\\w").matcher(atom).find() && !out.contains(guard)) {
                out = guard + " /\\ (" + out + ")";
            }
        }
        for (Map.Entry<String, SetSyntax.Variants> v : variants.entrySet()) {
            List<String> read = new ArrayList<>();
            Matcher fields = Pattern.compile(Pattern.quote(v.getKey()) + "\\.(\\w+)").matcher(atom);
            while (fields.find()) {
                read.add(fields.group(1));
            }
            String guard = v.getValue().having(v.getKey(), read);
            if (!guard.isEmpty() && !out.contains(guard)) {
                out = guard + " /\\ (" + out + ")";
            }
        }
        return out;
    }

    /** The fields with integer values that every record of {@code elements} has, when it is a set of records or a union of such sets. */
    private List<String> integerFields(String elements) {
        List<String> common = null;
        for (String part : union(sets.expand(unparenthesised(elements.strip())))) {
            String p = sets.unfiltered(part);
            Matcher records = RECORDS.matcher(p);
            if (!records.matches()) {
                return List.of();
            }
            List<String> integer = new ArrayList<>();
            for (String field : topLevel(records.group(1), ',')) {
                int colon = field.indexOf(':');
                if (colon > 0 && sets.isNumeric(field.substring(colon + 1))) {
                    integer.add(field.substring(0, colon).strip());
                }
            }
            if (common == null) {
                common = integer;
            } else {
                common.retainAll(integer);
            }
        }
        return common == null ? List.of() : common;
    }

    /** Atoms {@code e \in term} for the elements e of {@code elements}: bound variables, literals or records. */
    private void members(String term, String elements, int depth) {
        String expanded = sets.expand(unparenthesised(elements.strip()));
        java.util.Optional<String> named = outline.definitions().entrySet().stream().filter(d -> outline.parameters(d.getKey()).isEmpty()
                && spaced(unparenthesised(d.getValue().strip())).equals(spaced(expanded))).map(Map.Entry::getKey).findFirst();
        if (named.isPresent() && union(expanded).size() == 1 && MAP.matcher(expanded).matches() && image(expanded).isEmpty() && sets.isConstantSet(named.get())) {
            // Messages a map builds, SnapshotMsg == {[dest |-> f, data |-> d] : f \in Follower, d \in ...}: the set's
            // variables, named after it rather than after its text.
            variablesOf(named.get()).forEach(v -> predicates.add(v + " \\in " + term));
            return;
        }
        for (String part : union(sets.expand(unparenthesised(elements.strip())))) {
            String p = sets.unfiltered(part);
            Matcher records = RECORDS.matcher(p);
            if (records.matches()) {
                List<String> listed = recordsOf(records.group(1));
                for (String record : listed) {
                    predicates.add(record + " \\in " + term);
                }
                projections.addAll(projectionsOf(records.group(1), term, !listed.isEmpty()));
            } else if (topLevel(p, '\u0001').size() > 1) {
                for (String tuple : tuplesOf(topLevel(p, '\u0001'))) {
                    predicates.add(tuple + " \\in " + term);
                }
            } else if (!variablesOf(p).isEmpty()) {
                variablesOf(p).forEach(v -> predicates.add(v + " \\in " + term));
            } else {
                for (String value : values(p)) {
                    predicates.add(value + " \\in " + term);
                }
            }
        }
    }

    /**
     * Messages of one shape with one or two of their fields given, whatever the others:
     * {@code \E m \in msgs : m.type = "1b" /\ m.acc = a /\ m.bal = b}. A whole record pins every field, and a
     * message with five fields has too many records to list; an invariant usually speaks of two of them
     * ("a promise of acceptor a in ballot b"). The shape's fields with a single literal value fix the shape.
     * When the shape's records are listed, a projection on its only free field would be one of them; when they
     * are not (a field ranges over numbers up to a constant's size), it is the only atom that says who sent one.
     */
    private List<String> projectionsOf(String fields, String term, boolean recordsListed) {
        List<String> shape = new ArrayList<>();
        List<String[]> free = new ArrayList<>();
        List<String> counters = new ArrayList<>();
        String m = fresh("m");
        for (String field : topLevel(fields, ',')) {
            int colon = field.indexOf(':');
            if (colon < 0) {
                return List.of();
            }
            String name = field.substring(0, colon).strip();
            String set = unparenthesised(field.substring(colon + 1).strip());
            List<String> names = NAME.matcher(set).matches() ? variablesOf(set) : List.of();
            if (set.startsWith("{") && values(set).size() == 1) {
                shape.add(m + "." + name + " = " + values(set).get(0));
            } else if (!names.isEmpty()) {
                free.add(new String[] {name, set, names.get(0), names.get(1)});
            }
            if (sets.isNumeric(set)) {
                counters.add(name);
            }
        }
        Map<String, String> senders = new LinkedHashMap<>();
        free.forEach(f -> senders.putIfAbsent(f[2], f[0]));
        integers.shape(new IntegerAtoms.MessageShape(term, m, shape, senders, counters));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < free.size(); i++) {
            out.add(projection(m, term, shape, List.of(m + "." + free.get(i)[0] + " = " + free.get(i)[2])));
            for (int j = i + 1; j < free.size(); j++) {
                String second = free.get(j)[1].equals(free.get(i)[1]) ? free.get(j)[3] : free.get(j)[2];
                out.add(projection(m, term, shape, List.of(m + "." + free.get(i)[0] + " = " + free.get(i)[2],
                        m + "." + free.get(j)[0] + " = " + second)));
            }
        }
        return free.size() < (recordsListed ? 2 : 1) ? List.of() : out;
    }

    private static String projection(String m, String term, List<String> shape, List<String> fields) {
        List<String> conjuncts = new ArrayList<>(shape);
        conjuncts.addAll(fields);
        return "\\E " + m + " \\in " + term + " : " + String.join(" /\\ ", conjuncts);
    }

    /** {@code <<a, b>>} for each choice of a bound variable per component of a product of constant sets. */
    private List<String> tuplesOf(List<String> components) {
        List<List<String>> choices = new ArrayList<>();
        for (String c : components) {
            List<String> names = variablesOf(c);
            if (names.isEmpty()) {
                return List.of();
            }
            choices.add(names);
        }
        List<String> out = new ArrayList<>();
        tuples(choices, 0, new ArrayList<>(), out);
        return out;
    }

    private static void tuples(List<List<String>> choices, int i, List<String> picked, List<String> out) {
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

    /**
     * One record per combination of literal field values, with constant-set fields bound to a variable. A field the
     * spec fills from a variable of the state of the field's type, {@code view |-> view}, may hold that variable too:
     * a message of the current view, which a lemma tells from one of an earlier view without a literal more.
     */
    private List<String> recordsOf(String fields) {
        List<List<String>> choices = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String field : topLevel(fields, ',')) {
            int colon = field.indexOf(':');
            if (colon < 0) {
                return List.of();
            }
            String name = field.substring(0, colon).strip();
            String set = field.substring(colon + 1).strip();
            names.add(name);
            List<String> v = values(set);
            if (v.isEmpty()) {
                return List.of();
            }
            List<String> choice = new ArrayList<>(v.size() > 3 ? v.subList(0, 1) : v);
            shapes.forEach((variable, type) -> {
                if (spaced(unparenthesised(type.strip())).equals(spaced(unparenthesised(set))) && !bound.containsKey(variable)
                        && Pattern.compile("\\b" + Pattern.quote(name) + "\\s*\\|->\\s*" + Pattern.quote(variable) + "\\s*[,\\]]")
                                .matcher(specText).find()) {
                    choice.add(variable);
                }
            });
            choices.add(choice);
        }
        List<String> out = new ArrayList<>();
        combine(names, choices, 0, new ArrayList<>(), out);
        return out;
    }

    private static void combine(List<String> names, List<List<String>> choices, int i, List<String> picked, List<String> out) {
        if (out.size() >= 12) {
            return;
        }
        if (i == names.size()) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < names.size(); f++) {
                fields.add(names.get(f) + " |-> " + picked.get(f));
            }
            out.add("[" + String.join(", ", fields) + "]");
            return;
        }
        for (String c : choices.get(i)) {
            picked.add(c);
            combine(names, choices, i + 1, picked, out);
            picked.remove(picked.size() - 1);
        }
    }

    /** The values an atom may compare with: literals, the bounds of a range, a bound variable of a constant set. */
    private List<String> values(String set) {
        String s = unparenthesised(set.strip());
        if (NAME.matcher(s).matches() && !bound.containsKey(s) && isLiteralSet(sets.expand(s))) {
            // A named set of states, Status == {"running", "committed"}: its literals, not a domain to quantify over.
            return values(sets.expand(s));
        }
        if (NAME.matcher(s).matches() && !variablesOf(s).isEmpty()) {
            return variablesOf(s);
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
            } else if (NAME.matcher(p).matches() && !variablesOf(p).isEmpty()) {
                out.addAll(variablesOf(p));
            }
        }
        return out;
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
                return variablesOf(d.getKey());
            }
        }
        return List.of();
    }

    /**
     * The bound variables for a constant set, made up on first use (two per set, three for a set of numbers a
     * three-place relation of the spec's applies to, at most a few sets), or the map's values at them for the image
     * of such a set: {@code Id[VNODE1], Id[VNODE2]} for {@code {Id[n] : n \in Node}}.
     */
    private List<String> variablesOf(String set) {
        String domain = sameAs(unparenthesised(set.strip()));
        java.util.Optional<List<String>> image = image(domain);
        if (image.isPresent()) {
            return image.get();
        }
        if (!sets.isConstantSet(domain)) {
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

    /** A set the prefix already quantifies over under another name ({@code 1..N} for {@code Node == 1..N}), or the set itself. */
    private String sameAs(String domain) {
        if (bound.containsKey(domain)) {
            return domain;
        }
        return bound.keySet().stream().filter(b -> sets.expand(b).equals(sets.expand(domain))).findFirst().orElse(domain);
    }

    /**
     * For the image {@code {F[x] : x \in D}} of a constant set D under a map that reads no state: the map's values at
     * D's variables, each as the term {@code F[VD1]}, so that atoms about them name the element of D they belong to.
     */
    private java.util.Optional<List<String>> image(String set) {
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
        List<String> names = variablesOf(of);
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
                    : variablesOf(of.replaceFirst("(?s)^(\\w+)\\s*(\\\\cap|\\\\)\\s.*$", "$1"));
            if (choices.isEmpty()) {
                return java.util.Optional.empty();
            }
            String x = "\\b" + Pattern.quote(bound.group(1)) + "\\b";
            out = out.stream().flatMap(e -> choices.stream().map(c -> e.replaceAll(x, Matcher.quoteReplacement(c)))).limit(MAX_GENERATED)
                    .toList();
        }
        return java.util.Optional.of(out);
    }

    private String fresh(String name) {
        return fresh(outline, name);
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
    private String notIn(String atom, String name) {
        String n = name;
        while (mentions(atom, n)) {
            n = fresh(n + "x");
        }
        return n;
    }

    /** {@code name}, or with x appended until it names nothing of the spec. */
    static String fresh(ModuleOutline outline, String name) {
        String n = name;
        while (outline.declares(n)) {
            n = n + "x";
        }
        return n;
    }

}
