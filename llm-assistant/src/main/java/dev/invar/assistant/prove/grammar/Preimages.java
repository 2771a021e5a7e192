package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.Junctions;
import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must hold of a message for a property to survive the step that turns it into a record. A property over a set
 * of records, {@code \A c \in completions : c.worker = deliveredTo[c.job]}, and an action that adds
 * {@code [job |-> m.job, worker |-> m.worker]} to that set for a message m in flight under its guards give
 * {@code \A m \in msgs : (m.rcpt = receipt[m.job]) => (m.worker = deliveredTo[m.job])}: each message that the step
 * would accept must already say what the record will. The same is then asked of what sends those messages
 * ({@code held[VWORKER1] # None => ...}), one step further back. The state the property reads besides the record is
 * taken as the step leaves it unchanged: a candidate, which the reachable states then judge. An action's guards about
 * a message alone are atoms over every message too, {@code \A m \in msgs : m.rcpt = receipt[m.job]}. A property at
 * each element of a set, and a step that sets one element's state from a message, ask the same of that message (see
 * {@link #received}).
 */
final class Preimages {
    /** How many steps back from the property. */
    private static final int DEPTH = 2;
    private static final int MAX_ATOMS = 24;

    /**
     * One action as the grammar reads it.
     *
     * @param conjuncts its conjuncts, each on one line
     * @param renaming its parameters as the grammar's variables, null for one it has none for
     * @param messages its parameters drawn from a set of the state, by that set
     */
    record Step(List<String> conjuncts, Map<String, String> renaming, Map<String, String> messages) {
    }

    private final ModuleOutline outline;

    Preimages(ModuleOutline outline) {
        this.outline = outline;
    }

    /**
     * The atoms for the conjuncts of the property given (one-lined) and the spec's steps.
     *
     * @param bound the grammar's universal variables, by the set they range over
     */
    List<String> atoms(List<String> property, List<Step> steps, Map<String, List<String>> bound) {
        Set<String> out = new LinkedHashSet<>();
        for (Step step : steps) {
            for (String guard : guards(step)) {
                List<String> over = step.messages().keySet().stream().filter(p -> ExpressionText.mentions(guard, p)).toList();
                if (over.size() == 1) {
                    quantified(guard, step, over).ifPresent(out::add);
                }
            }
        }
        List<String> targets = new ArrayList<>(property);
        for (int depth = 0; depth < DEPTH && !targets.isEmpty(); depth++) {
            List<String> found = new ArrayList<>();
            for (String target : targets) {
                Junctions.Quantified q = Junctions.universals(target);
                for (Step step : depth == 0 ? steps : List.<Step>of()) {
                    received(q, step, bound).stream().filter(out::add).forEach(found::add);
                }
                if (q.bindings().size() != 1 || !outline.variables().contains(q.bindings().get(0).getValue().strip())) {
                    continue;
                }
                String c = q.bindings().get(0).getKey();
                String set = q.bindings().get(0).getValue().strip();
                for (Step step : steps) {
                    for (String conjunct : step.conjuncts()) {
                        Matcher add = SentRecords.ADD.matcher(conjunct.strip());
                        if (add.matches() && add.group(1).equals(set)) {
                            preimage(q.body(), c, add.group(2), step).filter(out::add).ifPresent(found::add);
                        }
                    }
                }
            }
            targets = found;
        }
        return out.stream().limit(MAX_ATOMS).toList();
    }

    /** What {@code body}, said of a record {@code c}, says of the record built from {@code fields} under the step's guards. */
    private Optional<String> preimage(String body, String c, String fields, Step step) {
        Optional<Map<String, String>> parsed = SentRecords.fields(fields);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> values = parsed.get();
        Matcher read = Pattern.compile("\\b" + Pattern.quote(c) + "\\.(\\w+)").matcher(body);
        StringBuilder b = new StringBuilder();
        while (read.find()) {
            if (!values.containsKey(read.group(1))) {
                return Optional.empty();
            }
            read.appendReplacement(b, Matcher.quoteReplacement(values.get(read.group(1))));
        }
        read.appendTail(b);
        String of = b.toString().strip();
        if (ExpressionText.mentions(of, c)) {
            return Optional.empty();
        }
        List<String> guards = guards(step);
        String atom = guards.isEmpty() ? of : "(" + String.join(" /\\ ", guards) + ") => (" + of + ")";
        List<String> over = step.messages().keySet().stream().filter(p -> ExpressionText.mentions(atom, p)).toList();
        return over.size() > 1 ? Optional.empty() : quantified(atom, step, over);
    }

    /**
     * What a property at each element of a set, {@code \A f \in Followers : \A i \in 1..Len(log) : log[i] <= fClosed[f]
     * => i <= applied[f]}, says of a message that a step sets one element's state from, {@code fClosed' = [fClosed EXCEPT
     * ![f] = Max(@, p.ts)]} for p in {@code pubs} under the guard {@code p.lai <= applied[f]}. Two candidates: the
     * property after the step, under its guards, {@code \A p \in pubs : (p.lai <= applied[VFOLLOWERS1]) => (\A i \in
     * 1..Len(log) : log[i] <= (Max(fClosed[VFOLLOWERS1], p.ts)) => i <= applied[VFOLLOWERS1])}; and the property of the
     * message read as the state it stands for, each of the element's values replaced by the field it is set from or
     * compared with, {@code \A p \in pubs : \A i \in 1..Len(log) : log[i] <= p.ts => i <= p.lai}.
     */
    private List<String> received(Junctions.Quantified q, Step step, Map<String, List<String>> bound) {
        if (step.messages().size() != 1 || q.bindings().isEmpty()) {
            return List.of();
        }
        String message = step.messages().keySet().iterator().next();
        Map<String, String> after = new LinkedHashMap<>();
        String element = null;
        for (String conjunct : step.conjuncts()) {
            List<Update> updates = Update.of(conjunct);
            if (updates.isEmpty() && Update.STEP.matcher(conjunct.strip()).matches()) {
                return List.of(); // an EXCEPT of no entry ![e] = v: of a record's fields, say
            }
            Optional<String> index = updates.isEmpty() ? Optional.empty() : updates.get(0).index();
            if (index.isPresent() && (updates.size() != 1 || !step.renaming().containsKey(index.get())
                    || element != null && !element.equals(index.get()))) {
                return List.of();
            }
            element = index.orElse(element);
            updates.forEach(u -> after.put(u.term(), u.value().strip().replace("@", u.term())));
        }
        String name = element == null ? null : step.renaming().get(element);
        Optional<Map.Entry<String, String>> binding = q.bindings().stream().filter(b -> name != null
                && bound.getOrDefault(SetSyntax.unparenthesised(b.getValue().strip()), List.of()).contains(name)).findFirst();
        if (binding.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<String, String>> rest = new ArrayList<>(q.bindings());
        rest.remove(binding.get());
        String x = "\\b" + Pattern.quote(binding.get().getKey()) + "\\b";
        // The step's names must not be taken by the property's own.
        String others = q.body().replaceAll(x, " ") + " " + rest;
        if (step.renaming().keySet().stream().anyMatch(k -> ExpressionText.mentions(others, k)) || ExpressionText.mentions(others, message)) {
            return List.of();
        }
        String at = Matcher.quoteReplacement(element);
        String body = q.body().replaceAll(x, at);
        StringBuilder quantifiers = new StringBuilder();
        rest.forEach(b -> quantifiers.append("\\A ").append(b.getKey()).append(" \\in ").append(b.getValue().replaceAll(x, at).strip()).append(" : "));
        List<String> out = new ArrayList<>();
        Optional<String> stepped = stepped(body, after, step).filter(b -> ExpressionText.mentions(b, message));
        if (stepped.isPresent()) {
            List<String> guards = guards(step);
            String of = quantifiers + stepped.get();
            String atom = guards.isEmpty() ? of : "(" + String.join(" /\\ ", guards) + ") => (" + of + ")";
            List<String> over = step.messages().keySet().stream().filter(p -> ExpressionText.mentions(atom, p)).toList();
            (over.size() > 1 ? Optional.<String>empty() : quantified(atom, step, over)).ifPresent(out::add);
        }
        String read = asState(body, after, step, element, message);
        if (ExpressionText.mentions(read, message)
                && step.renaming().keySet().stream().filter(k -> !k.equals(message)).noneMatch(k -> ExpressionText.mentions(read, k))) {
            quantified(quantifiers + read, step, List.of(message)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The text with each value of the element that the step sets from one field of the message, or that a guard
     * compares with one, replaced by that field: {@code fClosed[f]} set to {@code Max(@, p.ts)} reads {@code p.ts};
     * {@code applied[f]} under {@code p.lai <= applied[f]} reads {@code p.lai}.
     */
    private String asState(String text, Map<String, String> after, Step step, String element, String message) {
        Pattern field = Pattern.compile("\\b" + Pattern.quote(message) + "\\.\\w+");
        Map<String, String> fields = new LinkedHashMap<>();
        after.forEach((term, value) -> {
            List<String> read = field.matcher(value).results().map(java.util.regex.MatchResult::group).distinct().toList();
            if (term.endsWith("[" + element + "]") && read.size() == 1) {
                fields.put(term, read.get(0));
            }
        });
        Pattern compared = Pattern.compile("^(" + field.pattern() + ") (?:<=|<|=|>=|>|=<) (\\w+\\[" + Pattern.quote(element) + "\\])$");
        Pattern comparedWith = Pattern.compile("^(\\w+\\[" + Pattern.quote(element) + "\\]) (?:<=|<|=|>=|>|=<) (" + field.pattern() + ")$");
        for (String guard : guards(step)) {
            String g = guard.strip().replaceAll("\\s+", " ");
            Matcher m = compared.matcher(g);
            Matcher reversed = comparedWith.matcher(g);
            if (m.matches()) {
                fields.putIfAbsent(m.group(2), m.group(1));
            } else if (reversed.matches()) {
                fields.putIfAbsent(reversed.group(1), reversed.group(2));
            }
        }
        String out = text;
        for (Map.Entry<String, String> f : fields.entrySet()) {
            out = out.replaceAll(term(f.getKey()), Matcher.quoteReplacement(f.getValue()));
        }
        return out;
    }

    /** A pattern for a term, {@code fClosed[f]} or {@code lhClosed}, as written with any spacing. */
    private static String term(String term) {
        return term.contains("[")
                ? "\\b" + Pattern.quote(term.substring(0, term.indexOf('['))) + "\\s*\\[\\s*" + Pattern.quote(term.substring(term.indexOf('[') + 1, term.length() - 1)) + "\\s*\\]"
                : "\\b" + Pattern.quote(term) + "\\b(?!\\s*\\[)";
    }

    /**
     * The text with the state the step changes replaced by its value after the step, or empty when the step changes
     * a variable the text reads in a way {@code after} does not say.
     *
     * @param after each variable the step sets, or each variable at the one element it sets, with its new value
     */
    private Optional<String> stepped(String text, Map<String, String> after, Step step) {
        String rest = text;
        for (String term : after.keySet()) {
            rest = rest.replaceAll(term(term), " ");
        }
        String remaining = rest;
        boolean unsaid = step.conjuncts().stream().map(c -> Update.STEP.matcher(c.strip()))
                .filter(Matcher::matches).map(m -> m.group(1)).anyMatch(v -> ExpressionText.mentions(remaining, v));
        if (unsaid || after.isEmpty()) {
            return Optional.empty();
        }
        String alternatives = after.keySet().stream().map(Preimages::term).collect(java.util.stream.Collectors.joining("|"));
        Matcher read = Pattern.compile(alternatives).matcher(text);
        StringBuilder b = new StringBuilder();
        while (read.find()) {
            String term = read.group().replaceAll("\\s+", "");
            String value = after.entrySet().stream().filter(e -> e.getKey().replaceAll("\\s+", "").equals(term))
                    .map(Map.Entry::getValue).findFirst().orElse(read.group());
            read.appendReplacement(b, Matcher.quoteReplacement("(" + value + ")"));
        }
        read.appendTail(b);
        return Optional.of(b.toString());
    }

    /** The step's guards: conjuncts that prime nothing, other than its parameters' being drawn from their sets. */
    private List<String> guards(Step step) {
        return step.conjuncts().stream().filter(g -> !outline.changesState(g) && !outline.variablesUsed(g).isEmpty())
                .filter(g -> step.messages().entrySet().stream().noneMatch(e -> g.strip().matches(
                        Pattern.quote(e.getKey()) + "\\s*\\\\in\\s*" + Pattern.quote(e.getValue()))))
                .toList();
    }

    /** The atom over the step's parameters: a message one quantified over its set, the others renamed. */
    private static Optional<String> quantified(String atom, Step step, List<String> over) {
        Map<String, String> renaming = new LinkedHashMap<>(step.renaming());
        over.forEach(renaming::remove);
        return ExpressionText.renamed(atom, renaming).map(renamed -> {
            String out = renamed;
            for (String p : over) {
                out = "\\A " + p + " \\in " + step.messages().get(p) + " : " + out;
            }
            return out;
        }).filter(out -> out.length() <= 240);
    }
}
