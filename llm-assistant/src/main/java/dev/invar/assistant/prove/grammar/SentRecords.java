package dev.invar.assistant.prove.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Atoms that say a message agrees with what its sender wrote down when it sent it. An action that sends
 * {@code [ver |-> seq + 1, key |-> k]} and sets {@code token[c]} to {@code seq + 1} and {@code wkey[c]} to {@code k}
 * in the same step gives {@code \A m \in msgs : m.ver = token[VCLIENT1] => m.key = wkey[VCLIENT1]}: the message
 * with a client's latest version carries that client's key. A clause cannot say so: the message is bound inside
 * the atom. Each ordered pair of fields the sender records at one index gives an atom, with the record's literal
 * fields (its type) as a premise too.
 */
final class SentRecords {
    /** {@code msgs' = msgs \cup {[...]}}: a record added to a set (of messages, of records). */
    static final Pattern ADD = Pattern.compile("(?s)^(\\w+)'\\s*=\\s*\\1\\s*\\\\cup\\s*\\{\\s*\\[(.*)\\]\\s*\\}$");
    private static final Pattern FIELD = Pattern.compile("(?s)^\\s*(\\w+)\\s*\\|->\\s*(.+?)\\s*$");
    /** How many atoms one action gives at most. */
    private static final int MAX_PER_ACTION = 8;

    private SentRecords() {
    }

    /**
     * @param conjuncts an action's conjuncts, each on one line
     * @param renamed the action's parameters as the grammar's variables, empty for a name it has none for
     * @param messages the variables that are sets of messages
     * @param m a name for the message, bound in the atom
     */
    static List<String> atoms(List<String> conjuncts, Function<String, Optional<String>> renamed, java.util.Set<String> messages,
                              String m) {
        Map<String, String> recorded = new LinkedHashMap<>(); // a value an entry is set to -> that entry, f[i]
        Map<String, String> index = new LinkedHashMap<>(); // the entry -> its index
        for (String conjunct : conjuncts) {
            for (Update u : Update.of(conjunct)) {
                if (u.index().filter(i -> i.matches("\\w+")).isPresent() && !u.value().contains("@") && !u.value().contains("'")) {
                    recorded.putIfAbsent(plain(u.value()), u.term());
                    index.put(u.term(), u.index().get());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String conjunct : conjuncts) {
            Matcher send = ADD.matcher(conjunct.strip());
            if (!send.matches() || !messages.contains(send.group(1))) {
                continue;
            }
            List<String> shape = new ArrayList<>();
            Map<String, String> kept = new LinkedHashMap<>(); // field -> the entry that records its value
            fields(send.group(2)).orElse(Map.of()).forEach((field, value) -> {
                if (value.matches("\"[^\"]*\"")) {
                    shape.add(m + "." + field + " = " + value);
                } else if (recorded.containsKey(plain(value))) {
                    kept.put(field, recorded.get(plain(value)));
                }
            });
            for (Map.Entry<String, String> a : kept.entrySet()) {
                for (Map.Entry<String, String> b : kept.entrySet()) {
                    if (a.getKey().equals(b.getKey()) || !index.get(a.getValue()).equals(index.get(b.getValue()))) {
                        continue;
                    }
                    List<String> premise = new ArrayList<>(shape);
                    premise.add(m + "." + a.getKey() + " = " + a.getValue());
                    String atom = "\\A " + m + " \\in " + send.group(1) + " : " + String.join(" /\\ ", premise) + " => "
                            + m + "." + b.getKey() + " = " + b.getValue();
                    renamed.apply(atom).filter(r -> out.size() < MAX_PER_ACTION).ifPresent(out::add);
                }
            }
        }
        return out;
    }

    /** The fields of a record literal's inside, {@code job |-> m.job, worker |-> w}, by name; empty if one is not a field. */
    static Optional<Map<String, String>> fields(String inside) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : SetSyntax.topLevel(inside, ',')) {
            Matcher f = FIELD.matcher(field);
            if (!f.matches()) {
                return Optional.empty();
            }
            values.put(f.group(1), f.group(2).strip());
        }
        return Optional.of(values);
    }

    /** A value as written, without its spaces or outer parentheses. */
    private static String plain(String value) {
        return SetSyntax.unparenthesised(value.strip()).replaceAll("\\s+", "");
    }
}
