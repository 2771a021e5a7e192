package dev.invar.tlc.internal;

import dev.invar.tlc.Diagnostic;
import dev.invar.tlc.SourceLocation;
import dev.invar.tlc.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extracts located errors from what SANY prints (unframed) before TLC reports that parsing failed:
 * syntax errors, lexical errors, semantic errors, precedence conflicts and missing modules.
 */
final class SanyOutput {
    private static final Pattern ENCOUNTERED =
            Pattern.compile("Encountered \"(.*)\" at line (\\d+), column (\\d+)");
    private static final Pattern LEXICAL = Pattern.compile("Lexical error at line (\\d+), column (\\d+)\\.\\s*(.*)");
    /** {@code Precedence conflict between ops \\land in block line 5, col 15 to line 5, col 16 of module M and \\lor.} */
    private static final Pattern PRECEDENCE = Pattern.compile("Precedence conflict between ops (\\S+) in block .* and (\\S+?)\\.?$");
    private static final Pattern PARSE_MODULE =
            Pattern.compile("(?:Fatal errors while parsing TLA\\+ spec in file|Could not parse module) (\\w+)");
    private static final Pattern MISSING_MODULE =
            Pattern.compile("Cannot find source file for module (\\w+)(?: imported in module (\\w+))?");

    private SanyOutput() {
    }

    static List<Diagnostic> diagnostics(List<String> lines) {
        List<Diagnostic> found = new ArrayList<>();
        String module = lines.stream().map(PARSE_MODULE::matcher).filter(Matcher::find).map(m -> m.group(1))
                .findFirst().orElse("");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher semantic = Locations.OF_MODULE.matcher(line);
            Matcher encountered = ENCOUNTERED.matcher(line);
            Matcher lexical = LEXICAL.matcher(line);
            Matcher missing = MISSING_MODULE.matcher(line);
            Matcher precedence = PRECEDENCE.matcher(line.strip());
            if (semantic.find() && line.strip().startsWith("line ")) {
                String message = paragraphAfter(lines, i + 1);
                found.add(new Diagnostic(Verdict.PARSE_ERROR, 0, message, Optional.of(Locations.from(semantic))));
            } else if (precedence.find() && semantic.reset().find()) {
                found.add(new Diagnostic(Verdict.PARSE_ERROR, 0, "precedence conflict between " + precedence.group(1) + " and "
                        + precedence.group(2) + ": parenthesise one of them", Optional.of(Locations.from(semantic))));
            } else if (encountered.find()) {
                String expecting = i > 0 && lines.get(i - 1).startsWith("Was expecting")
                        ? " (" + lines.get(i - 1).strip().toLowerCase() + ")" : "";
                String message = "syntax error: unexpected \"" + encountered.group(1) + "\"" + expecting;
                int l = Integer.parseInt(encountered.group(2));
                int c = Integer.parseInt(encountered.group(3));
                found.add(new Diagnostic(Verdict.PARSE_ERROR, 0, message, Optional.of(SourceLocation.of(module, l, c, l, c))));
            } else if (lexical.find()) {
                int l = Integer.parseInt(lexical.group(1));
                int c = Integer.parseInt(lexical.group(2));
                found.add(new Diagnostic(Verdict.PARSE_ERROR, 0, "lexical error: " + lexical.group(3).strip(),
                        Optional.of(SourceLocation.of(module, l, c, l, c))));
            } else if (missing.find()) {
                found.add(new Diagnostic(Verdict.PARSE_ERROR, 0, "cannot find module " + missing.group(1)
                        + (missing.group(2) == null ? "" : " (extended or instantiated by " + missing.group(2) + ")"),
                        Optional.empty()));
            }
        }
        return found;
    }

    /** The non-blank lines after a location line, up to the next blank line after them. */
    private static String paragraphAfter(List<String> lines, int from) {
        StringBuilder text = new StringBuilder();
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        while (i < lines.size() && !lines.get(i).isBlank()) {
            text.append(text.length() == 0 ? "" : " ").append(lines.get(i).strip());
            i++;
        }
        return text.length() == 0 ? "semantic error" : text.toString();
    }
}
