package dev.invar.assistant.prove.grammar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Entries that steps copy from one value of the state, compared with each other and with that value as it moves on.
 * A reader that announces the global epoch, {@code local[VREADER1] = global}, and a node retired in it,
 * {@code retireEpoch[VNODE1] = global}, give {@code retireEpoch[VNODE1] = local[VREADER1]}: two copies of one epoch,
 * which no step compares. When a step moves the value on, {@code global' = Succ(global)}, a copy may lag one behind:
 * {@code Succ(local[VREADER1]) = global}.
 */
final class CopiedValues {
    /** An entry at the grammar's variables, {@code local[VREADER1]}. */
    private static final Pattern ENTRY = Pattern.compile("^(\\w+)\\[\\w+\\]$");
    /** A value moved on by an operator of the spec applied to it alone, {@code Succ(global)}. */
    private static final Pattern MOVED = Pattern.compile("^(\\w+)\\((\\w+)\\)$");
    private static final int MAX_ATOMS = 8;

    private final Map<String, Set<String>> copies = new LinkedHashMap<>();
    private final Map<String, String> moves = new LinkedHashMap<>();

    /** An entry a step sets to a value of the state, both at the grammar's variables. */
    void copied(String entry, String value) {
        if (ENTRY.matcher(entry).matches() && value.matches("\\w+(\\[\\w+\\])?") && !value.equals(entry)) {
            copies.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(entry);
        }
    }

    /** A variable a step sets to a new value, {@code global' = Succ(global)}. */
    void stepped(String variable, String value) {
        Matcher moved = MOVED.matcher(value.strip());
        if (moved.matches() && moved.group(2).equals(variable)) {
            moves.putIfAbsent(variable, moved.group(1));
        }
    }

    /** The atoms: copies of one value of different functions compared, and each copy one move behind the value. */
    List<String> atoms() {
        List<String> out = new ArrayList<>();
        copies.forEach((value, entries) -> {
            List<String> list = new ArrayList<>(entries);
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (!function(list.get(i)).equals(function(list.get(j)))) {
                        out.add(list.get(j) + " = " + list.get(i));
                    }
                }
                if (moves.containsKey(value)) {
                    out.add(moves.get(value) + "(" + list.get(i) + ") = " + value);
                }
            }
        });
        return out.stream().limit(MAX_ATOMS).toList();
    }

    private static String function(String entry) {
        return entry.substring(0, entry.indexOf('['));
    }
}
