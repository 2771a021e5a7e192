package dev.invar.assistant.prove.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one conjunct of an action sets: each entry of {@code f' = [f EXCEPT ![e] = v, ![d] = w]}, {@code f[e]} to
 * {@code v}, or the variable of {@code x' = v}, {@code x} to {@code v}.
 *
 * @param variable the variable set
 * @param index the entry's index as written (stripped), empty for a variable set whole
 * @param value the new value as written, {@code @} for the entry's old value
 */
record Update(String variable, Optional<String> index, String value) {
    /** {@code x' = x + 1}: a variable set whole. */
    static final Pattern STEP = Pattern.compile("(?s)^(\\w+)'\\s*=\\s*(.+)$");
    /** {@code f' = [f EXCEPT ![e] = v, ![d] = w]}. */
    static final Pattern EXCEPT = Pattern.compile("(?s)^(\\w+)'\\s*=\\s*\\[\\s*\\1\\s+EXCEPT\\s+(.+)\\]$");
    /** One update of an EXCEPT: {@code ![e] = v}. */
    static final Pattern EXCEPT_ENTRY = Pattern.compile("(?s)^\\s*!\\[(.+)\\]\\s*=\\s*(.+)$");

    /** The updates of one conjunct: its EXCEPT's entries of the form {@code ![e] = v}, or its {@code x' = v}, or none. */
    static List<Update> of(String conjunct) {
        Matcher except = Update.EXCEPT.matcher(conjunct.strip());
        List<Update> out = new ArrayList<>();
        if (except.matches()) {
            for (String update : SetSyntax.topLevel(except.group(2), ',')) {
                Matcher entry = Update.EXCEPT_ENTRY.matcher(update);
                if (entry.matches()) {
                    out.add(new Update(except.group(1), Optional.of(entry.group(1).strip()), entry.group(2)));
                }
            }
            return out;
        }
        Matcher scalar = Update.STEP.matcher(conjunct.strip());
        if (scalar.matches()) {
            out.add(new Update(scalar.group(1), Optional.empty(), scalar.group(2)));
        }
        return out;
    }

    /** Whether the new value reads the old one, {@code @} or the term itself: {@code Max(@, m.len)}, {@code len[p] + 1}. */
    boolean readsOld() {
        return value.contains("@") || value.replaceAll("\\s+", "").contains(term().replaceAll("\\s+", ""));
    }

    /** The term set: {@code f[e]}, or {@code x}. */
    String term() {
        return index.map(i -> variable + "[" + i + "]").orElse(variable);
    }
}
