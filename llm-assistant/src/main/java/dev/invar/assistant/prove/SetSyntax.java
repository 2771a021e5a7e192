package dev.invar.assistant.prove;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sets of a spec as written: functions, records, ranges, filters, unions and bounded sequences, and which of
 * them are constant or numeric. {@link GrammarInference} reads TypeOK's sets through it; the atom builders split
 * and compare set expressions with its static helpers.
 */
final class SetSyntax {
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
    /** How many definitions and filters deep a variable's set is looked through. */
    private static final int MAX_DEPTH = 3;

    private final ModuleOutline outline;

    SetSyntax(ModuleOutline outline) {
        this.outline = outline;
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
        return outline.definition(domain).filter(body -> !body.contains("\\X") && !body.contains("->")
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

    /** Splits on a separator at bracket depth 0; separator 0 means {@code \cup}, 1 means {@code \X}. */
    static List<String> topLevel(String text, char separator) {
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
        int depth = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
            if (depth == 0 && c == '.' && s.charAt(i + 1) == '.') {
                return i > 0 && !s.startsWith("\\") && union(s).size() == 1;
            }
        }
        return false;
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
