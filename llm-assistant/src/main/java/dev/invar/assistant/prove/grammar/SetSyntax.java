package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sets of a spec as written: functions, records, ranges, filters, unions and bounded sequences, and which of
 * them are constant or numeric. {@link GrammarInference} reads TypeOK's sets through it; the atom builders split
 * and compare set expressions with its static helpers.
 */
public final class SetSyntax {
    /** A set of functions, {@code [Node -> 0..Max]}: its domain and range. */
    static final Pattern FUNCTIONS = Pattern.compile("(?s)^\\[\\s*([^\\[\\]]+?)\\s*->\\s*(.+)\\]$");
    /** A set of records, {@code [src : Node, dst : Node]}: its fields. */
    static final Pattern RECORDS = Pattern.compile("(?s)^\\[\\s*(\\w+\\s*:.*)\\]$");
    /** A range between two names or numbers, {@code 0 .. MaxTs}. */
    static final Pattern RANGE = Pattern.compile("^(-?\\s*\\w+)\\s*\\.\\.\\s*(-?\\s*\\w+)$");
    /** A name alone: a constant, a variable or a definition without parameters. */
    static final Pattern NAME = Pattern.compile("^\\w+$");
    /** The head of a filter, {@code x \in S}, before its first colon outside brackets. */
    private static final Pattern FILTER_HEAD = Pattern.compile("(?s)^\\w+\\s*\\\\in\\s*(.+)$");
    /** The sequences of S up to a bound, written out: {@code UNION {[1 .. n -> S] : n \\in 0 .. MaxLen}}. */
    private static final Pattern BOUNDED_SEQUENCES =
            Pattern.compile("(?s)^UNION\\s*\\{\\s*\\[\\s*1\\s*\\.\\.\\s*(\\w+)\\s*->\\s*(.+?)\\s*\\]\\s*:\\s*\\1\\s*\\\\in\\s*[^{}]+\\}$");
    /** A named set of at most this many string literals is read as its literals. */
    private static final int MAX_LITERAL_VALUES = 8;
    /** A set's image under a map, {@code {ReqMsg(t) : t \\in 1 .. MaxClock}}: the map, its one variable and the set. */
    static final Pattern MAP = Pattern.compile("(?s)^\\{\\s*(.+?)\\s*:\\s*(\\w+)\\s*\\\\in\\s*(.+)\\}$");
    /** An operator applied to arguments, {@code ReqMsg(t)}. */
    private static final Pattern CALL = Pattern.compile("(?s)^(\\w+)\\s*\\((.*)\\)$");
    /** A value nothing binds tighter around: a name or a field of one, a number, a string. */
    private static final Pattern PRIMARY = Pattern.compile("^(\\w+(\\.\\w+)*|\"[^\"]*\")$");
    /** The opening of an application or of a bracket written out, {@code Len(}, {@code f[}, {@code <<}, <code>{</code>. */
    private static final Pattern OPENING = Pattern.compile("^(\\w+[(\\[]|<<|[\\[{])");
    /** How many definitions and filters deep a variable's set is looked through. */
    private static final int MAX_DEPTH = 3;

    private final ModuleOutline outline;

    SetSyntax(ModuleOutline outline) {
        this.outline = outline;
    }

    /**
     * A part of a union as its elements are read: named sets replaced by their definitions, and of a filter
     * {@code {r \\in [src : Node, dst : Node] : ...}} the set it filters.
     */
    String unfiltered(String part) {
        String p = expand(unparenthesised(part.strip()));
        return filtered(p).map(f -> expand(unparenthesised(f))).orElse(p);
    }

    /** A set named by a definition of the spec, replaced by the definition's body. */
    String expand(String set) {
        String s = set.strip();
        if (NAME.matcher(s).matches() && outline.definition(s).isPresent() && !outline.constants().contains(s)) {
            return unparenthesised(outline.definition(s).get().strip());
        }
        return s;
    }

    /** A range, Nat, Int, or a union of those and sets of integer literals ({@code Ballot \cup {-1}}). */
    boolean isNumeric(String set) {
        String s = unparenthesised(expand(set.strip()));
        if (isRange(s) || s.equals("Nat") || s.equals("Int")) {
            return true;
        }
        if (filtered(s).filter(this::isNumeric).isPresent()) {
            return true;
        }
        List<String> parts = union(s);
        return parts.size() > 1 && parts.stream().map(p -> unparenthesised(p.strip())).allMatch(p -> p.matches("\\{\\s*-?\\d+(\\s*,\\s*-?\\d+)*\\s*\\}")
                || isNumeric(p));
    }

    /**
     * A set the prefix may quantify over: a constant, a definition that mentions no variable, a literal set or
     * a range of numbers, not itself a product (those are quantified component by component).
     */
    boolean isConstantSet(String domain) {
        if (domain.startsWith("{") && domain.endsWith("}") || isRange(domain)) {
            // A range between values of the state (ReadFrom .. Latest) is not a constant set.
            return !domain.contains("\\X") && outline.variablesUsed(domain).isEmpty();
        }
        if (!NAME.matcher(domain).matches()) {
            return false;
        }
        if (outline.constants().contains(domain)) {
            return true;
        }
        // A set defined from the state through other definitions (Chosen == {v \\in Value : \\E b \\in Ballot : ChosenAt(b, v)}) is not one.
        return outline.definition(domain).filter(body -> !body.contains("\\X") && !body.replace("|->", "").contains("->")
                && outline.variablesUsed(body).isEmpty()).isPresent();
    }

    /**
     * The element set of a set of sequences: {@code Seq(S)}, or an operator applied to S whose definition is a
     * union of functions from {@code 1..n} into one of its parameters (a set of bounded sequences, such as
     * {@code BoundedSeq(S)} or {@code BoundedSeq(S, MaxLen)}): the argument given for that parameter. Also such a union
     * written out, {@code UNION {[1 .. n -> S] : n \\in 0 .. MaxLen}}, or a name defined as one ({@code Channel}).
     */
    java.util.Optional<String> sequenceElements(String set) {
        Matcher bounded = BOUNDED_SEQUENCES.matcher(set);
        if (bounded.matches()) {
            return java.util.Optional.of(bounded.group(2).strip());
        }
        if (NAME.matcher(set).matches() && outline.parameters(set).isEmpty() && !set.equals("Seq")) {
            return outline.definition(set).map(body -> unparenthesised(body.strip())).filter(body -> !body.equals(set))
                    .flatMap(body -> BOUNDED_SEQUENCES.matcher(body).matches() ? sequenceElements(body) : java.util.Optional.empty());
        }
        Matcher call = Pattern.compile("(?s)^(\\w+)\\((.+)\\)$").matcher(set);
        if (!call.matches()) {
            return java.util.Optional.empty();
        }
        String operator = call.group(1);
        List<String> arguments = topLevel(call.group(2), ',').stream().map(String::strip).toList();
        if (operator.equals("Seq")) {
            return arguments.size() == 1 ? java.util.Optional.of(arguments.get(0)) : java.util.Optional.empty();
        }
        List<String> formal = outline.parameters(operator);
        java.util.Optional<String> body = outline.definition(operator);
        if (body.isEmpty() || formal.size() != arguments.size()) {
            return java.util.Optional.empty();
        }
        for (int i = 0; i < formal.size(); i++) {
            if (body.get().matches("(?s).*\\[\\s*1\\s*\\.\\.\\s*\\w+\\s*->\\s*" + Pattern.quote(formal.get(i)) + "\\s*\\].*")) {
                return java.util.Optional.of(arguments.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /** The component sets of a product {@code A \\X B}, or the set alone. */
    List<String> components(String set) {
        return topLevel(expand(unparenthesised(set.strip())), '\u0001');
    }

    /**
     * A variable's set as its atoms read it: a named set replaced by its definition when that is a set of functions,
     * records or subsets, or a filter; and a filter {@code {f \in [Node -> Node \cup {NoParent}] : P(f)}} replaced by
     * the set it filters. TypeOK often names its sets ({@code parent \in ParentMaps}) and narrows them with a filter;
     * the atoms are about the values a filter keeps, which are among those it filters.
     */
    String shape(String set) {
        String s = unparenthesised(set.strip());
        for (int i = 0; i < MAX_DEPTH; i++) {
            String e = expand(s);
            java.util.Optional<String> filtered = filtered(e);
            if (filtered.isPresent()) {
                s = unparenthesised(filtered.get());
            } else if (!e.equals(s) && (FUNCTIONS.matcher(e).matches() || RECORDS.matcher(e).matches() || e.startsWith("SUBSET "))) {
                s = e;
            } else {
                break;
            }
        }
        return s;
    }

    /**
     * A union of records of one shape written part by part, as single-slot channels are typed: records by name
     * ({@code NoMsg == [type |-> "none", ts |-> 0]}), a set of them ({@code {NoMsg, RelMsg}}), a map of an operator
     * that builds one ({@code {ReqMsg(t) : t \\in 1 .. MaxClock}}) or a set of records. Each field's values over the
     * union, as a set ({@code type}: {@code {"none", "rel", "req"}}; {@code ts}: {@code {0} \\cup 1 .. MaxClock}), and
     * the records named; empty when a part is none of those, the parts' fields differ, or a field's value is
     * computed from a map's variable.
     */
    java.util.Optional<RecordUnion> recordUnion(String set) {
        List<String> parts = union(expand(unparenthesised(set.strip())));
        if (parts.size() < 2) {
            return java.util.Optional.empty();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        List<String> named = new ArrayList<>();
        for (String part : parts) {
            java.util.Optional<Map<String, List<String>>> fields = partFields(unparenthesised(part.strip()), named);
            if (fields.isEmpty() || !values.isEmpty() && !values.keySet().equals(fields.get().keySet())) {
                return java.util.Optional.empty();
            }
            fields.get().forEach((f, v) -> values.computeIfAbsent(f, k -> new ArrayList<>()).addAll(v));
        }
        return java.util.Optional.of(new RecordUnion(joined(values), named));
    }

    /** Each field's values over the parts of a union, as one set: the literals gathered into one, the other sets joined by a union. */
    private static Map<String, String> joined(Map<String, List<String>> values) {
        Map<String, String> sets = new LinkedHashMap<>();
        values.forEach((f, v) -> {
            List<String> literals = v.stream().filter(x -> x.startsWith("{") && x.endsWith("}"))
                    .flatMap(x -> topLevel(x.substring(1, x.length() - 1), ',').stream()).distinct().toList();
            List<String> joined = new ArrayList<>();
            if (!literals.isEmpty()) {
                joined.add("{" + String.join(", ", literals) + "}");
            }
            v.stream().filter(x -> !(x.startsWith("{") && x.endsWith("}"))).distinct().forEach(joined::add);
            sets.put(f, String.join(" \\cup ", joined));
        });
        return sets;
    }

    /** Each field of a union of records with the set of its values (see {@link #recordUnion}), and the records named. */
    record RecordUnion(Map<String, String> fields, List<String> named) {
    }

    /**
     * A union of sets of records whose parts have different fields, as a slot that is idle, waiting with a timer, or
     * holding a reply: {@code [phase : {"idle"}] \cup [phase : {"waiting"}, timer : 0..RTT] \cup {r \in [phase :
     * {"replied"}, timer : 0..RTT, lo : Time, hi : Time] : r.lo <= r.hi}}. Each field with its values over the parts
     * that have it; for a field that not every part has, the literals of the tag (a field every part fixes to
     * literals of its own, {@code phase}) of the parts that have it, or no tag when there is none. Empty when a
     * part is not a set of records or every part has the same fields (see {@link #recordUnion}).
     */
    java.util.Optional<Variants> variants(String set) {
        List<String> parts = union(expand(unparenthesised(set.strip())));
        if (parts.size() < 2) {
            return java.util.Optional.empty();
        }
        List<Map<String, String>> fieldsOfParts = new ArrayList<>();
        for (String part : parts) {
            // A set of records, or records written out, {[st |-> "idle"], [st |-> "fencing"]}.
            java.util.Optional<Map<String, String>> fields = recordFields(unfiltered(part))
                    .or(() -> partFields(unparenthesised(part.strip()), new ArrayList<>()).map(SetSyntax::joined));
            if (fields.isEmpty()) {
                return java.util.Optional.empty();
            }
            fieldsOfParts.add(fields.get());
        }
        if (fieldsOfParts.stream().map(Map::keySet).distinct().count() == 1) {
            return java.util.Optional.empty();
        }
        String tag = fieldsOfParts.get(0).keySet().stream().filter(f -> fieldsOfParts.stream().allMatch(p -> p.containsKey(f)
                && isLiteralSet(p.get(f)))).filter(f -> fieldsOfParts.stream().map(p -> p.get(f)).distinct().count() == parts.size())
                .findFirst().orElse(null);
        Map<String, List<String>> values = new LinkedHashMap<>();
        Map<String, List<String>> tagged = new LinkedHashMap<>();
        for (Map<String, String> part : fieldsOfParts) {
            part.forEach((f, v) -> values.computeIfAbsent(f, k -> new ArrayList<>()).add(v));
        }
        // The fields some part lacks, each with the tag's literals of the parts that have it.
        values.keySet().stream().filter(f -> fieldsOfParts.stream().anyMatch(p -> !p.containsKey(f))).forEach(f -> tagged.put(f,
                tag == null ? List.of() : fieldsOfParts.stream().filter(p -> p.containsKey(f)).map(p -> p.get(tag))
                        .flatMap(literals -> topLevel(literals.substring(1, literals.length() - 1), ',').stream()).map(String::strip).toList()));
        return java.util.Optional.of(new Variants(joined(values), tag, tagged));
    }

    /**
     * The fields of a union of records of different shapes with their values (see {@link #variants}); {@code tagged}
     * gives, for each field some part lacks, the tag's literals of the parts that have it.
     */
    record Variants(Map<String, String> fields, String tag, Map<String, List<String>> tagged) {
        /**
         * What says that {@code term}, one of these records, has all of {@code fields}: its tag among theirs, or each in
         * its domain; empty text when every shape has them, and empty when no one shape has them all.
         */
        java.util.Optional<String> having(String term, java.util.Collection<String> fields) {
            List<String> partial = fields.stream().filter(tagged::containsKey).distinct().toList();
            if (partial.isEmpty()) {
                return java.util.Optional.of("");
            }
            if (tag == null) {
                return java.util.Optional.of(String.join(" /\\ ", partial.stream().map(f -> "\"" + f + "\" \\in DOMAIN " + term).toList()));
            }
            List<String> common = new ArrayList<>(tagged.get(partial.get(0)));
            partial.forEach(f -> common.retainAll(tagged.get(f)));
            if (common.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(common.size() == 1 ? term + "." + tag + " = " + common.get(0)
                    : term + "." + tag + " \\in {" + String.join(", ", common) + "}");
        }
    }

    /**
     * The fields of a set of records written out, {@code [src : Node, dst : Node]}, each with its set, in order; empty
     * when it is not one.
     */
    static java.util.Optional<Map<String, String>> recordFields(String set) {
        Matcher records = RECORDS.matcher(set);
        if (!records.matches()) {
            return java.util.Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : topLevel(records.group(1), ',')) {
            int colon = field.indexOf(':');
            if (colon < 0) {
                return java.util.Optional.empty();
            }
            fields.put(field.substring(0, colon).strip(), field.substring(colon + 1).strip());
        }
        return java.util.Optional.of(fields);
    }

    /** The fields of one part of a union of records, each with the sets of its values; adds the records it names to {@code named}. */
    private java.util.Optional<Map<String, List<String>>> partFields(String part, List<String> named) {
        String e = expand(part);
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (RECORDS.matcher(e).matches()) {
            return recordFields(e).map(fields -> {
                fields.forEach((f, v) -> out.put(f, new ArrayList<>(List.of(v))));
                return out;
            });
        }
        if (!e.startsWith("{") || !e.endsWith("}")) {
            java.util.Optional<Map<String, String>> record = recordLiteral(part);
            if (record.isPresent() && NAME.matcher(part).matches()) {
                named.add(part);
            }
            return record.map(r -> singletons(r));
        }
        Matcher map = MAP.matcher(e);
        if (map.matches() && filtered(e).isEmpty()) {
            String x = map.group(2);
            java.util.Optional<Map<String, String>> record = recordLiteral(map.group(1));
            if (record.isEmpty() || topLevel(map.group(3), ',').size() > 1) {
                return java.util.Optional.empty();
            }
            for (Map.Entry<String, String> f : record.get().entrySet()) {
                boolean variable = f.getValue().equals(x);
                if (!variable && Pattern.compile("\\b" + Pattern.quote(x) + "\\b").matcher(f.getValue()).find()) {
                    return java.util.Optional.empty();
                }
                out.put(f.getKey(), new ArrayList<>(List.of(variable ? map.group(3).strip() : "{" + f.getValue() + "}")));
            }
            return java.util.Optional.of(out);
        }
        for (String element : topLevel(e.substring(1, e.length() - 1), ',')) {
            java.util.Optional<Map<String, String>> record = recordLiteral(element);
            if (record.isEmpty() || !out.isEmpty() && !out.keySet().equals(record.get().keySet())) {
                return java.util.Optional.empty();
            }
            if (NAME.matcher(element.strip()).matches()) {
                named.add(element.strip());
            }
            singletons(record.get()).forEach((f, v) -> out.computeIfAbsent(f, k -> new ArrayList<>()).addAll(v));
        }
        return out.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(out);
    }

    private static Map<String, List<String>> singletons(Map<String, String> record) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        record.forEach((f, v) -> out.put(f, new ArrayList<>(List.of("{" + v + "}"))));
        return out;
    }

    /**
     * A record written out, {@code [type |-> "req", ts |-> t]}, by name or as an operator of the spec applied to
     * arguments ({@code ReqMsg(t)}, its parameters replaced): each field with its value.
     */
    private java.util.Optional<Map<String, String>> recordLiteral(String text) {
        String t = unparenthesised(text.strip());
        Matcher call = CALL.matcher(t);
        if (NAME.matcher(t).matches()) {
            t = expand(t);
        } else if (call.matches() && outline.definition(call.group(1)).isPresent()) {
            java.util.Optional<String> applied = applied(outline, t);
            if (applied.isEmpty()) {
                return java.util.Optional.empty();
            }
            t = unparenthesised(applied.get());
        }
        if (!t.startsWith("[") || !t.endsWith("]") || !t.contains("|->")) {
            return java.util.Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String field : topLevel(t.substring(1, t.length() - 1), ',')) {
            int arrow = field.indexOf("|->");
            if (arrow < 0 || !NAME.matcher(field.substring(0, arrow).strip()).matches()) {
                return java.util.Optional.empty();
            }
            fields.put(field.substring(0, arrow).strip(), field.substring(arrow + 3).strip());
        }
        return java.util.Optional.of(fields);
    }

    /**
     * A call of an operator the spec defines with parameters, {@code ReqMsg(t)} or {@code Readable(o)}: its
     * definition with each argument put in for its parameter as an operand (see {@link #operand}); empty for any
     * other text, or a call with another number of arguments.
     */
    static java.util.Optional<String> applied(ModuleOutline outline, String text) {
        Matcher call = CALL.matcher(text.strip());
        if (!call.matches() || outline.definition(call.group(1)).isEmpty()) {
            return java.util.Optional.empty();
        }
        List<String> formal = outline.parameters(call.group(1));
        List<String> actual = topLevel(call.group(2), ',');
        if (formal.isEmpty() || formal.size() != actual.size()) {
            return java.util.Optional.empty();
        }
        String body = outline.definition(call.group(1)).get().strip();
        for (int i = 0; i < formal.size(); i++) {
            body = substituted(body, formal.get(i), operand(actual.get(i)));
        }
        return java.util.Optional.of(body);
    }

    /** {@code text} with {@code value}, an operand, for the name {@code name}, without doubled parentheses. */
    static String substituted(String text, String name, String value) {
        String out = text.replaceAll("\\b" + Pattern.quote(name) + "\\b", Matcher.quoteReplacement(value));
        return value.startsWith("(") ? out.replace("(" + value + ")", value) : out;
    }

    /**
     * A value as an operand: as it is when nothing can bind tighter around it (a name, a field of one, a number, a
     * string, an application {@code Len(log)} or {@code f[x]}, a tuple, set or record written out); anything else
     * in parentheses.
     */
    static String operand(String value) {
        String v = spaced(value);
        while (!v.equals(unparenthesised(v))) {
            v = unparenthesised(v);
        }
        return PRIMARY.matcher(v).matches() || enclosed(v) ? v : "(" + v + ")";
    }

    /** Whether the bracket that opens the text closes at its end: {@code [a : X]}, not {@code [a : X] \cup [b : Y]}. */
    static boolean oneBracket(String s) {
        return s.startsWith("[") && enclosed(s);
    }

    /** Whether the text is one application, {@code f[x]} or {@code Op(a, b)}, or one bracket written out, as a whole. */
    private static boolean enclosed(String v) {
        Matcher head = OPENING.matcher(v);
        if (!head.find()) {
            return false;
        }
        int depth = 0;
        for (int i = head.end() - 1; i < v.length(); i++) {
            char c = v.charAt(i);
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            if (depth == 0) {
                return i == v.length() - 1;
            }
        }
        return false;
    }

    /** The text without the parentheses around the whole of it, when it has them: {@code (a \\cup b)}. */
    static String unparenthesised(String s) {
        if (!s.startsWith("(") || !s.endsWith(")")) {
            return s;
        }
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && i < s.length() - 1) {
                return s;
            }
        }
        return s.substring(1, s.length() - 1).strip();
    }

    /** A set's text without outer parentheses and with single spaces, to compare two sets as written. */
    static String spaced(String set) {
        return unparenthesised(set.strip()).replaceAll("\\s+", " ");
    }

    /** The parts of a union at bracket depth 0, {@code \\union} read as {@code \\cup}; the set alone when it is none. */
    static List<String> union(String set) {
        List<String> parts = new ArrayList<>();
        for (String p : topLevel(set.replace("\\union", "\\cup"), '\u0000')) {
            parts.add(p);
        }
        return parts;
    }

    /**
     * A union of sets and literal sets of sentinels, {@code Node \\cup {Null}}: the parts that are no literal set (Node)
     * and the values the literal sets list (Null); empty when no part, or every part, is such a literal set.
     */
    record WithSentinels(List<String> sets, List<String> sentinels) {
    }

    /** The set as sets and sentinels (see {@link WithSentinels}). */
    static java.util.Optional<WithSentinels> withSentinels(String set) {
        List<String> sets = new ArrayList<>();
        List<String> sentinels = new ArrayList<>();
        for (String part : union(unparenthesised(set.strip()))) {
            String p = unparenthesised(part.strip());
            if (p.startsWith("{") && p.endsWith("}") && !p.matches("(?s).*(\\.\\.|\\||\\[|\\\\).*")) {
                topLevel(p.substring(1, p.length() - 1), ',').stream().map(String::strip).forEach(sentinels::add);
            } else {
                sets.add(p);
            }
        }
        return sets.isEmpty() || sentinels.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new WithSentinels(sets, sentinels));
    }

    /** Splits on a separator at bracket depth 0; separator 0 means {@code \cup}, 1 means {@code \X}. */
    public static List<String> topLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0 && separator == '\u0000' && text.startsWith("\\cup", i)) {
                parts.add(text.substring(start, i).strip());
                start = i + 4;
            } else if (depth == 0 && separator == '\u0001' && text.startsWith("\\X", i)) {
                parts.add(text.substring(start, i).strip());
                start = i + 2;
            } else if (depth == 0 && c == separator) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /**
     * Of a filter {@code {x \in S : P(x)}}, whose elements are among those of S: the set S. Its first colon outside
     * brackets ends it, so S may be a set of records, {@code [src : Node, dst : Node]}.
     */
    static java.util.Optional<String> filtered(String set) {
        String s = set.strip();
        if (!s.startsWith("{") || !s.endsWith("}")) {
            return java.util.Optional.empty();
        }
        List<String> parts = topLevel(s.substring(1, s.length() - 1), ':');
        if (parts.size() < 2) {
            return java.util.Optional.empty();
        }
        Matcher head = FILTER_HEAD.matcher(parts.get(0));
        return head.matches() && !parts.get(1).startsWith("=")
                ? java.util.Optional.of(head.group(1).strip()) : java.util.Optional.empty();
    }

    /** {@code a..b} with any bounds, such as {@code 0..Cardinality(Update)}: a {@code ..} outside brackets. */
    static boolean isRange(String s) {
        return !rangeEnds(s).isEmpty();
    }

    /** The bounds of {@code a..b} (see {@link #isRange}), stripped; empty for any other set. */
    static List<String> rangeEnds(String s) {
        int depth = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            if (depth == 0 && c == '.' && s.charAt(i + 1) == '.') {
                return i > 0 && !s.startsWith("\\") && union(s).size() == 1
                        ? List.of(s.substring(0, i).strip(), s.substring(i + 2).strip()) : List.of();
            }
        }
        return List.of();
    }

    /** A set of a few string literals written out, {@code {"running", "committed"}}. */
    static boolean isLiteralSet(String set) {
        String s = set.strip();
        if (!s.startsWith("{") || !s.endsWith("}")) {
            return false;
        }
        List<String> elements = topLevel(s.substring(1, s.length() - 1), ',');
        return !elements.isEmpty() && elements.size() <= MAX_LITERAL_VALUES && elements.stream().allMatch(e -> e.strip().matches("\"[^\"]*\""));
    }

    /** The element set of a set of messages: S in {@code SUBSET S} or {@code {M \\in SUBSET S : Cardinality(M) <= K}}. */
    static java.util.Optional<String> messageElements(String set) {
        String t = unparenthesised(set.strip());
        t = filtered(t).map(SetSyntax::unparenthesised).orElse(t);
        return t.startsWith("SUBSET ") ? java.util.Optional.of(t.substring("SUBSET ".length())) : java.util.Optional.empty();
    }
}
