package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.SetSyntax.FUNCTIONS;
import static dev.invar.assistant.prove.grammar.SetSyntax.RANGE;
import static dev.invar.assistant.prove.grammar.SetSyntax.RECORDS;
import static dev.invar.assistant.prove.grammar.SetSyntax.filtered;
import static dev.invar.assistant.prove.grammar.SetSyntax.messageElements;
import static dev.invar.assistant.prove.grammar.SetSyntax.topLevel;
import static dev.invar.assistant.prove.grammar.SetSyntax.union;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atoms from the sets TypeOK gives the variables: a function into a few values gives {@code f[i] = v}; into BOOLEAN,
 * {@code f[i]}; into a constant set, {@code f[i] = j}; into numbers, {@code f[i] <= f[j]} and {@code f[i] = f[j]}; a
 * record, atoms about its fields; a subset of a set, its members ({@link MemberAtoms}); a sequence, what
 * {@link SequenceAtoms} says of it; a scalar, {@code s = v} or {@code s = i}. Integer terms, orders and sums found on
 * the way go to their own atoms ({@link IntegerAtoms}, {@link OrderAtoms}, {@link SumAtoms}).
 */
final class TypeAtoms extends GrammarPart {
    /** How many choices of the grammar's variables a function of several arguments is read at. */
    private static final int MAX_ARGUMENTS = 4;

    /** Terms that hold a record or a sentinel, with the set of records (see {@link #optionalRecord}). */
    private final Map<String, String> optional = new LinkedHashMap<>();

    /** Entries of a function over some pairs of a product, with what says the pair is in its domain (see {@link #pairs}). */
    private final Map<String, String> inDomain = new LinkedHashMap<>();

    /** Terms that hold records of different shapes, with their fields (see {@link SetSyntax#variants}). */
    private final Map<String, SetSyntax.Variants> variants = new LinkedHashMap<>();
    private final MemberAtoms members;
    private final SequenceAtoms sequences;

    TypeAtoms(GrammarDraft draft, MemberAtoms members, SequenceAtoms sequences) {
        super(draft);
        this.members = members;
        this.sequences = sequences;
    }

    /** Atoms about {@code term}, whose values lie in {@code set}. */
    void atoms(String term, String set, int depth) {
        String s = unparenthesised(set.strip());
        String shape = sets.shape(s);
        if ((FUNCTIONS.matcher(shape).matches() || RECORDS.matcher(shape).matches()) && SetSyntax.oneBracket(shape)) {
            // Functions or records by name, or records that satisfy a condition (Intervals == {i \\in [lo : Time, hi :
            // Time] : i.lo <= i.hi}): atoms about their entries or fields, as of the set written out and unfiltered.
            s = shape;
        }
        if (depth > 3) {
            return;
        }
        // One bracket, not a union of them that starts with [ and ends with ]: [st : {"active"}] \cup [st : {"leader"}].
        boolean whole = SetSyntax.oneBracket(s);
        Matcher functions = FUNCTIONS.matcher(s);
        Matcher records = RECORDS.matcher(s);
        if (functions.matches() && whole) {
            String domain = functions.group(1).strip();
            List<String> names = variables.of(domain);
            String range = functions.group(2).strip();
            if (names.isEmpty()) {
                // A function of several arguments, [Task \\X Attempt -> Status]: atoms about its values at the grammar's
                // variables of each set, status[VTASK1, VATTEMPT2].
                List<String> components = sets.components(domain);
                List<String> through = variables.throughElements(domain);
                if (components.size() > 1) {
                    variables.tuplesOf(components).stream().limit(MAX_ARGUMENTS)
                            .forEach(t -> atoms(term + "[" + t.substring(2, t.length() - 2) + "]", range, depth + 1));
                } else if (!through.isEmpty()) {
                    // Over a set of elements or a sentinel, File == {InitFile} \cup Writer: its entries at the
                    // elements' variables and at the sentinel, fstate[VWRITER1] and fstate[InitFile].
                    through.forEach(v -> atoms(term + "[" + v + "]", range, depth + 1));
                } else {
                    pairs(term, domain, range, depth);
                }
                return;
            }
            if (depth == 0 && unparenthesised(range).equals("BOOLEAN")) {
                // Some entry true (a live server, a vote cast), which clauses over one entry cannot say.
                String x = variables.fresh("x");
                predicates.add("\\E " + x + " \\in " + domain + " : " + term + "[" + x + "]");
            }
            if (sets.isNumeric(range) && names.size() == 2) {
                // The order of two entries, and their equality: two entries are distinct (the tickets of two waiting
                // processes) only as the negation of one atom, not of two orders.
                predicates.add(term + "[" + names.get(0) + "] <= " + term + "[" + names.get(1) + "]");
                predicates.add(term + "[" + names.get(0) + "] = " + term + "[" + names.get(1) + "]");
            }
            Matcher rows = FUNCTIONS.matcher(unparenthesised(range));
            if (depth == 0 && names.size() == 2 && rows.matches() && variables.of(rows.group(1).strip()).equals(names)) {
                // What one element knows of another's entry and that entry itself, f[i][j] against f[j][j]: a
                // request queued at a peer, a count gossiped to a replica, is the owner's, or no more than it.
                String known = term + "[" + names.get(0) + "][" + names.get(1) + "]";
                String own = term + "[" + names.get(1) + "][" + names.get(1) + "]";
                predicates.add(known + " = " + own);
                if (sets.isNumeric(rows.group(2))) {
                    predicates.add(known + " <= " + own);
                }
            }
            List<String> columns = depth == 0 && names.size() == 2 && rows.matches() && sets.isNumeric(rows.group(2))
                    ? variables.of(rows.group(1).strip()) : List.of();
            if (!columns.isEmpty() && !columns.equals(names)) {
                // One column across two rows, f[i][e] against f[j][e]: what two replicas hold of one element, which
                // converge only if each holds, or is sent, at least what the other holds.
                String first = term + "[" + names.get(0) + "][" + columns.get(0) + "]";
                String second = term + "[" + names.get(1) + "][" + columns.get(0) + "]";
                predicates.add(first + " <= " + second);
                predicates.add(first + " = " + second);
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
                List<String> values = variables.values(range);
                if (!values.isEmpty() && values.stream().allMatch(v -> v.equals("TRUE") || v.matches("\"[^\"]*\""))) {
                    integers.tally(term, domain, values);
                }
            }
            for (String name : names) {
                atoms(term + "[" + name + "]", range, depth + 1);
            }
            return;
        }
        if (records.matches() && whole) {
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
            union(s).stream().filter(part -> !part.equals(record.get())).flatMap(part -> variables.values(part).stream())
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
                sequences.add(elements.get(), term);
            }
            if (depth == 0 && RECORDS.matcher(sets.unfiltered(sets.expand(unparenthesised(elements.get().strip())))).matches()) {
                // A log of records, [writer : Node, ver : 1..MaxVer]: the records in it, whatever their place, as the
                // messages in a set are (a record of each shape, one or two of its fields given, its integer fields).
                String k = variables.fresh("k");
                members.atoms("{" + term + "[" + k + "] : " + k + " \\in DOMAIN " + term + "}", elements.get(), depth);
            }
            return;
        }
        if (s.startsWith("SUBSET ")) {
            String of = unparenthesised(s.substring("SUBSET ".length()).strip());
            members.atoms(term, of, depth);
            if (bound.containsKey(variables.sameAs(of))) {
                orders.subset(term, variables.sameAs(of));
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
                predicates.add("\\A " + variables.fresh("a") + ", " + variables.fresh("b") + " \\in " + term + " : " + variables.fresh("a") + " = " + variables.fresh("b"));
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
        for (String value : variables.values(s)) {
            predicates.add(value.equals("TRUE") ? term : term + " = " + value);
            if (value.equals("TRUE")) {
                break;
            }
        }
    }

    /**
     * A function over some pairs of a product, {@code xfer \\in [Pair -> XferState]} with {@code Pair == {pr \\in Holder
     * \\X Client : pr[1] # pr[2]}}: atoms about its values at two different values of the components, the grammar's
     * variables or the spec's constants in them (a transfer from client to client, from the owner to a client), each
     * guarded by the pair's being in the domain (see {@link #guardedFields}).
     */
    private void pairs(String term, String domain, String range, int depth) {
        java.util.Optional<String> product = filtered(sets.expand(unparenthesised(domain)));
        List<String> components = product.map(sets::components).orElse(List.of());
        if (components.size() != 2 || depth > 0) {
            return;
        }
        // The values of a component named by the spec, Holder == Client \\cup {Owner}: of what it is made of, not a set
        // of its own for the prefix.
        List<String> firsts = variables.values(sets.expand(components.get(0)));
        List<String> seconds = variables.values(sets.expand(components.get(1)));
        List<String> pairs = new ArrayList<>();
        for (String a : firsts) {
            seconds.stream().filter(b -> !b.equals(a)).forEach(b -> pairs.add("<<" + a + ", " + b + ">>"));
        }
        pairs.stream().limit(MAX_ARGUMENTS).forEach(pair -> {
            String entry = term + "[" + pair + "]";
            inDomain.put(entry, pair + " \\in DOMAIN " + term);
            atoms(entry, range, depth + 1);
        });
        // Some pair with a given second component holds each literal value: a client some sender's transfer waits on.
        List<String> values = variables.values(range);
        if (seconds.isEmpty() || !values.stream().allMatch(v -> v.matches("\"[^\"]*\""))) {
            return;
        }
        String x = variables.fresh("x");
        String pair = "<<" + x + ", " + seconds.get(0) + ">>";
        values.forEach(v -> predicates.add("\\E " + x + " \\in " + components.get(0) + " : " + pair + " \\in DOMAIN " + term + " /\\ "
                + term + "[" + pair + "] = " + v));
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
                .allMatch(p -> !variables.values(p).isEmpty() && !FUNCTIONS.matcher(sets.expand(unparenthesised(p))).matches());
        return othersValues ? java.util.Optional.of(records.get(0)) : java.util.Optional.empty();
    }

    /**
     * The messages in flight, as sets to quantify over, with the set each is drawn from: a variable that is a set of
     * them, and the records in a function of channels of one slot, {@code chan \\in [Link -> State \\cup {NoMsg}]}, as
     * {@code ({chan[x] : x \\in DOMAIN chan} \\cap State)}.
     */
    Map<String, String> inFlight() {
        Map<String, String> out = new LinkedHashMap<>();
        shapes.forEach((variable, set) -> {
            messageElements(set).ifPresent(elements -> out.put(variable, elements));
            Matcher channels = FUNCTIONS.matcher(unparenthesised(set.strip()));
            if (channels.matches()) {
                String x = variables.fresh("x");
                optionalRecord(channels.group(2).strip()).ifPresent(records -> out.put("({" + variable + "[" + x + "] : " + x
                        + " \\in DOMAIN " + variable + "} \\cap " + records.strip() + ")", records));
            }
        });
        return out;
    }

    /**
     * The atom with each field read of a term that holds a record or a sentinel guarded by the term's being a record,
     * {@code committed[VPARTITION1] \\in CommitRecord /\\ (committed[VPARTITION1].gen <= gen)}: TLC cannot read a field of
     * a sentinel, and an atom it cannot evaluate in some type-correct state costs a search for it. Likewise a field
     * that only some shapes of a term's records have: {@code sync[VNODE1].phase = "replied" /\\ (...)}. Empty for an atom
     * about fields no one shape has together, which is false in every state.
     */
    java.util.Optional<String> guardedFields(String atom) {
        String out = atom;
        for (Map.Entry<String, String> o : optional.entrySet()) {
            String guard = o.getKey() + " \\in " + o.getValue();
            if (Pattern.compile(Pattern.quote(o.getKey()) + "\\.\\w").matcher(atom).find() && !out.contains(guard)) {
                out = guard + " /\\ (" + out + ")";
            }
        }
        for (Map.Entry<String, String> d : inDomain.entrySet()) {
            if (atom.contains(d.getKey()) && !out.contains(d.getValue())) {
                out = d.getValue() + " /\\ (" + out + ")";
            }
        }
        for (Map.Entry<String, SetSyntax.Variants> v : variants.entrySet()) {
            List<String> read = new ArrayList<>();
            Matcher fields = Pattern.compile(Pattern.quote(v.getKey()) + "\\.(\\w+)").matcher(atom);
            while (fields.find()) {
                read.add(fields.group(1));
            }
            java.util.Optional<String> having = v.getValue().having(v.getKey(), read);
            if (having.isEmpty()) {
                return java.util.Optional.empty();
            }
            String guard = having.get();
            if (!guard.isEmpty() && !out.contains(guard)) {
                out = guard + " /\\ (" + out + ")";
            }
        }
        return java.util.Optional.of(out);
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
}
