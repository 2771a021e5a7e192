package dev.invar.assistant.vetting;

import dev.invar.tlc.ModuleOutline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutants of a spec for mutation-sensitivity: each drops one guard of one action (a conjunct with no
 * primed variable), the way a real bug forgets a check. An invariant that no mutant violates may hold
 * for reasons that have nothing to do with the protocol's logic.
 */
final class Mutants {
    /** A mutated module text and what was changed. */
    record Mutant(String description, String moduleText) {
    }

    private static final Pattern GUARD_LINE = Pattern.compile("(?m)^(\\s*)/\\\\\\s*([^\\n]*)$");

    private Mutants() {
    }

    static List<Mutant> of(String moduleText, int limit) {
        ModuleOutline outline = ModuleOutline.of(moduleText);
        List<List<Mutant>> perAction = new ArrayList<>();
        for (String action : outline.actions("Next")) {
            List<Mutant> mutants = new ArrayList<>();
            perAction.add(mutants);
            Matcher def = Pattern.compile("(?m)^" + Pattern.quote(action) + "\\s*(\\([^)]*\\))?\\s*==").matcher(moduleText);
            if (!def.find()) {
                continue;
            }
            int start = def.end();
            Matcher next = Pattern.compile("(?m)^\\w+\\s*(\\([^)]*\\))?\\s*==|^====").matcher(moduleText);
            int end = next.find(start) ? next.start() : moduleText.length();
            Matcher line = GUARD_LINE.matcher(moduleText).region(start, end);
            while (line.find()) {
                String conjunct = line.group(2);
                if (isGuard(conjunct)) {
                    String text = moduleText.substring(0, line.start(2)) + "TRUE \\* mutant: dropped guard"
                            + moduleText.substring(line.end(2));
                    mutants.add(new Mutant(action + ": drop guard " + conjunct.strip(), text));
                }
            }
        }
        // Round robin over the actions, so a few mutants still cover the whole protocol.
        List<Mutant> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < limit; round++) {
            boolean any = false;
            for (List<Mutant> m : perAction) {
                if (round < m.size() && chosen.size() < limit) {
                    chosen.add(m.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return chosen;
    }

    /** A one-line conjunct that constrains the current state only. */
    private static boolean isGuard(String conjunct) {
        String c = conjunct.strip();
        return !c.isEmpty() && !c.contains("'") && !c.startsWith("UNCHANGED") && !c.endsWith("\\/") && balanced(c);
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char ch : s.toCharArray()) {
            depth += ch == '(' || ch == '[' || ch == '{' ? 1 : ch == ')' || ch == ']' || ch == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
