package dev.invar.cli.render.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a property's definition, {@code Name == …} up to the next line that starts at the left
 * margin (the next top-level definition, comment or separator), looked up in the spec and in the modules
 * it extends from the same directory.
 *
 * @param file the module file it was found in, without its directory
 * @param line the 1-based line where the definition starts
 */
record PropertyDefinition(String file, int line, String text) {
    private static final Pattern IDENTIFIER = Pattern.compile("\\w*[A-Za-z]\\w*");
    private static final Pattern EXTENDS = Pattern.compile("^\\s*EXTENDS\\s+(.*)$");
    private static final int MAX_LINES = 60;

    /** Empty when the name is an expression, or no module at hand defines it (the files may be gone). */
    static Optional<PropertyDefinition> find(Path spec, String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            return Optional.empty();
        }
        Pattern start = Pattern.compile("^(LOCAL\\s+)?" + name + "\\b\\s*(\\([^)]*\\))?\\s*==");
        Deque<Path> queue = new ArrayDeque<>(List.of(spec));
        Set<Path> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            Path module = queue.poll();
            if (!seen.add(module) || !Files.isRegularFile(module)) {
                continue;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(module);
            } catch (IOException e) {
                continue;
            }
            Optional<PropertyDefinition> found = definition(module, lines, start);
            if (found.isPresent()) {
                return found;
            }
            extended(lines).forEach(m -> queue.add(module.resolveSibling(m + ".tla")));
        }
        return Optional.empty();
    }

    private static Optional<PropertyDefinition> definition(Path module, List<String> lines, Pattern start) {
        for (int i = 0; i < lines.size(); i++) {
            if (start.matcher(lines.get(i)).find()) {
                int end = i + 1;
                while (end < lines.size() && end - i < MAX_LINES
                        && (lines.get(end).isBlank() || Character.isWhitespace(lines.get(end).charAt(0)))) {
                    end++;
                }
                while (end > i + 1 && lines.get(end - 1).isBlank()) {
                    end--;
                }
                return Optional.of(new PropertyDefinition(module.getFileName().toString(), i + 1,
                        String.join("\n", lines.subList(i, end)).stripTrailing()));
            }
        }
        return Optional.empty();
    }

    private static List<String> extended(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXTENDS.matcher(lines.get(i));
            if (m.find()) {
                StringBuilder names = new StringBuilder(m.group(1));
                while (names.toString().strip().endsWith(",") && i + 1 < lines.size()) {
                    names.append(lines.get(++i));
                }
                return Pattern.compile("\\s*,\\s*").splitAsStream(names.toString().replaceAll("\\\\\\*.*", "").strip())
                        .filter(n -> IDENTIFIER.matcher(n).matches()).toList();
            }
        }
        return List.of();
    }
}
