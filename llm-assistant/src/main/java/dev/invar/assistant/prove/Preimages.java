package dev.invar.assistant.prove;

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
 * a message alone are atoms over every message too, {@code \A m \in msgs : m.rcpt = receipt[m.job]}.
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

    /** The atoms for the conjuncts of the property given (one-lined) and the spec's steps. */
    List<String> atoms(List<String> property, List<Step> steps) {
        Set<String> out = new LinkedHashSet<>();
        for (Step step : steps) {
            for (String guard : guards(step)) {
                List<String> over = step.messages().keySet().stream().filter(p -> GrammarInference.mentions(guard, p)).toList();
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
        if (GrammarInference.mentions(of, c)) {
            return Optional.empty();
        }
        List<String> guards = guards(step);
        String atom = guards.isEmpty() ? of : "(" + String.join(" /\\ ", guards) + ") => (" + of + ")";
        List<String> over = step.messages().keySet().stream().filter(p -> GrammarInference.mentions(atom, p)).toList();
        return over.size() > 1 ? Optional.empty() : quantified(atom, step, over);
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
        return GrammarInference.renamed(atom, renaming).map(renamed -> {
            String out = renamed;
            for (String p : over) {
                out = "\\A " + p + " \\in " + step.messages().get(p) + " : " + out;
            }
            return out;
        }).filter(out -> out.length() <= 240);
    }
}
