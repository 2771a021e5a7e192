package dev.invar.assistant.vetting;

import dev.invar.tlc.Junctions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mutants that drop one guard of an action (a one-line conjunct with no primed variable): a forgotten check. */
final class DroppedGuards {
    private static final Pattern CONJUNCT_LINE = Pattern.compile("(?m)^([ \\t]*)/\\\\[ \\t]*([^\\n]*)$");

    private DroppedGuards() {
    }

    static List<Mutants.Mutant> in(SpecText spec, String action) {
        List<Mutants.Mutant> mutants = new ArrayList<>();
        spec.body(action).ifPresent(body -> {
            Matcher line = CONJUNCT_LINE.matcher(spec.code()).region(body.from(), body.to());
            while (line.find()) {
                String conjunct = line.group(2).strip();
                if (isGuard(conjunct)) {
                    mutants.add(new Mutants.Mutant(Mutants.Kind.GUARD, action + ": drop guard " + conjunct,
                            spec.replace(line.start(2), line.start(2) + conjunct.length(), "TRUE")));
                }
            }
        });
        return mutants;
    }

    /** A one-line conjunct that constrains the current state only. */
    private static boolean isGuard(String c) {
        return !c.isEmpty() && !c.contains("'") && !c.startsWith("UNCHANGED") && !c.endsWith("\\/") && !c.endsWith(":")
                && Junctions.balanced(c);
    }
}
