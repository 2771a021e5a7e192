package dev.invar.assistant.prove.grammar;

import static dev.invar.assistant.prove.grammar.ExpressionText.mentions;
import static dev.invar.assistant.prove.grammar.SetSyntax.unparenthesised;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atoms with a quantifier of their own over the elements of a set, which clauses over the grammar's few variables
 * cannot say: a message the only one of its kind for an element ({@link #unique}), some element on one side of a
 * position the state holds ({@link #sides}).
 */
final class QuantifiedAtoms extends GrammarPart {
    /** {@code GrantMsg(v, p) \in msgs}, {@code [type |-> "ack", from |-> v] \notin sent}: a message built whole, in a set. */
    private static final Pattern MESSAGE_MEMBER = Pattern.compile("^(\\w+\\(.*\\)|\\[.*\\]|<<.*>>) (\\\\in|\\\\notin) (\\w+)$");

    private static final int MAX_UNIQUE = 6;

    private static final int MAX_SIDES = 16;

    QuantifiedAtoms(GrammarDraft draft) {
        super(draft);
    }

    /**
     * A message that names two elements as the only one of its kind for one of them: for the atom
     * {@code GrantMsg(VPROC1, VPROC2) \in msgs}, also {@code \A x \in Proc : GrantMsg(VPROC1, x) \in msgs => x = VPROC2} and
     * the same for VPROC1. A voter's vote is out to one requester at most, a lock granted to one client: a clause over two
     * variables of a set cannot say so of three elements. For each message built by an operator, a record or a tuple
     * that names two of the grammar's variables once each, the first of their sets.
     */
    void unique() {
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
                String x = variables.fresh("x");
                out.add("\\A " + x + " \\in " + domain + " : " + message.replaceAll("\\b" + name + "\\b", x) + " \\in "
                        + member.group(3) + " => " + x + " = " + name);
            }
        }
        out.stream().distinct().limit(MAX_UNIQUE).filter(draft::isNew).forEach(predicates::add);
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
    void sides() {
        List<String> out = new ArrayList<>();
        bound.forEach((domain, names) -> {
            if (!sets.isNumeric(domain)) {
                return;
            }
            List<String> positions = shapes.entrySet().stream()
                    .filter(e -> variables.sameAs(unparenthesised(e.getValue().strip())).equals(domain)).map(Map.Entry::getKey).toList();
            Pattern one = Pattern.compile("^\\w+\\[" + Pattern.quote(names.get(0)) + "\\]( = (\"[^\"]*\"|\\w+))?$");
            List<String> about = predicates.stream().filter(a -> one.matcher(a).matches()
                    && bound.values().stream().flatMap(List::stream).filter(n -> mentions(a, n)).count() == 1).toList();
            String x = variables.fresh("x");
            for (String position : positions) {
                for (String a : about) {
                    String at = a.replaceAll("\\b" + Pattern.quote(names.get(0)) + "\\b", x);
                    out.add("\\E " + x + " \\in " + domain + " : " + x + " <= " + position + " /\\ " + at);
                    out.add("\\E " + x + " \\in " + domain + " : " + position + " < " + x + " /\\ " + at);
                }
            }
        });
        out.stream().limit(MAX_SIDES).filter(draft::isNew).forEach(predicates::add);
    }
}
