package dev.invar.assistant.prove.grammar;

import dev.invar.tlc.Junctions;
import dev.invar.tlc.ModuleOutline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a property quantified over a range of the state says at the range's ends. {@code \A o \in logStart..(leo - 1) :
 * Readable(o)} has no grammar variable for {@code o}: its bounds move. It gives the parts of its body at the lower
 * bound, at the upper one, and at one past the upper one, {@code SegOf(leo) \in local}: the step that appends at
 * {@code leo} grows the range by that element, so what the property says of it must hold before the step. A body
 * that calls one of the spec's operators is read through it, so that its parts are atoms of their own.
 */
final class RangeEnds {
    /** An upper bound one below a value, {@code leo - 1}. */
    private static final Pattern MINUS_ONE = Pattern.compile("^(.*?)\\s*-\\s*1$");
    private static final int MAX_ATOMS = 12;

    private final ModuleOutline outline;

    RangeEnds(ModuleOutline outline) {
        this.outline = outline;
    }

    /**
     * The atoms of a quantified property whose one unnamed binding ranges over {@code lo..hi} with bounds that read
     * the state; {@code renaming} gives the other bindings' grammar variables. Empty for any other property.
     */
    List<String> atoms(Junctions.Quantified q, Map<String, String> renaming) {
        List<Map.Entry<String, String>> unnamed = q.bindings().stream().filter(b -> renaming.get(b.getKey()) == null).toList();
        if (unnamed.size() != 1) {
            return List.of();
        }
        String x = unnamed.get(0).getKey();
        List<String> ends = SetSyntax.rangeEnds(SetSyntax.unparenthesised(unnamed.get(0).getValue().strip()));
        if (ends.isEmpty() || outline.variablesUsed(String.join(" ", ends)).isEmpty()) {
            return List.of();
        }
        Map<String, String> others = new java.util.LinkedHashMap<>(renaming);
        others.remove(x);
        // Only the ends that move: a constant end says what holds at a fixed place, which the body may not even reach.
        Set<String> at = new LinkedHashSet<>();
        if (!outline.variablesUsed(ends.get(0)).isEmpty()) {
            at.add(ends.get(0));
        }
        if (!outline.variablesUsed(ends.get(1)).isEmpty()) {
            at.add(ends.get(1));
            at.add(past(ends.get(1)));
        }
        Set<String> out = new LinkedHashSet<>();
        for (String part : parts(q.body())) {
            for (String end : at) {
                Optional<String> renamedEnd = ExpressionText.renamed(end, others);
                if (renamedEnd.isEmpty()) {
                    continue;
                }
                String value = SetSyntax.operand(renamedEnd.get());
                Optional<String> atom = Junctions.oneLine(part).map(SetSyntax::unparenthesised)
                        .filter(p -> p.length() <= 160 && !outline.variablesUsed(p).isEmpty())
                        .flatMap(p -> ExpressionText.renamed(p, others))
                        .map(p -> SetSyntax.substituted(p, x, value));
                atom.ifPresent(out::add);
            }
        }
        return out.stream().limit(MAX_ATOMS).toList();
    }

    /** One past {@code hi}: {@code leo} for {@code leo - 1}, else {@code hi + 1}. */
    private static String past(String hi) {
        Matcher m = MINUS_ONE.matcher(SetSyntax.unparenthesised(hi.strip()));
        return m.matches() && Junctions.balanced(m.group(1)) ? m.group(1).strip() : SetSyntax.operand(hi) + " + 1";
    }

    /** The body, its implication's sides or its disjuncts, and theirs, read through a call of the spec's operators. */
    private List<String> parts(String body) {
        List<String> out = new ArrayList<>();
        String text = inlined(body.strip());
        Optional<Map.Entry<String, String>> implication = Junctions.implication(text);
        List<String> sides = implication.map(s -> List.of(s.getKey(), s.getValue())).orElse(List.of(text));
        for (String side : sides) {
            String s = inlined(side.strip());
            out.add(s);
            for (String d : Junctions.disjuncts(s)) {
                out.add(d);
                out.addAll(Junctions.conjuncts(d));
            }
        }
        return out.stream().distinct().toList();
    }

    /** A call of an operator the spec defines, as its definition with the arguments put in; any other text as it is. */
    private String inlined(String text) {
        return SetSyntax.applied(outline, SetSyntax.unparenthesised(text)).map(LetInlining::inlined).map(String::strip).orElse(text);
    }
}
