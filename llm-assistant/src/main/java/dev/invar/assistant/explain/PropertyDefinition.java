package dev.invar.assistant.explain;

import dev.invar.tlc.ModuleOutline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds an operator's definition in the spec or in the modules it extends that sit beside it (a seeded-bug
 * variant extends the correct spec, where the invariants are).
 */
final class PropertyDefinition {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private PropertyDefinition() {
    }

    /** The definition's body; an expression (an invariant given on the command line) is its own definition. */
    static Optional<String> of(Path spec, String property) {
        if (!NAME.matcher(property.strip()).matches()) {
            return Optional.of(property.strip());
        }
        return find(spec, property.strip(), new HashSet<>());
    }

    static Optional<String> find(Path module, String name, Set<Path> visited) {
        if (!visited.add(module.toAbsolutePath().normalize()) || !Files.isRegularFile(module)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(module);
        } catch (IOException e) {
            return Optional.empty();
        }
        ModuleOutline outline = ModuleOutline.of(text);
        Optional<String> here = outline.definition(name);
        if (here.isPresent()) {
            return Optional.of(inPlace(text, name, here.get()));
        }
        for (String extended : outline.extendsModules()) {
            Optional<String> there = find(module.resolveSibling(extended + ".tla"), name, visited);
            if (there.isPresent()) {
                return there;
            }
        }
        return Optional.empty();
    }

    /**
     * The body with its first line padded to the column it starts at in the module, so that every line
     * keeps the source's columns (TLA+ bullet lists mean what their columns say).
     */
    static String inPlace(String moduleText, String name, String body) {
        String firstLine = body.lines().findFirst().orElse("");
        Pattern header = Pattern.compile("^" + Pattern.quote(name) + "\\s*(\\(.*\\))?\\s*==");
        boolean seenHeader = false;
        for (String line : moduleText.split("\n", -1)) {
            seenHeader = seenHeader || header.matcher(line).find();
            int column = seenHeader ? line.indexOf(firstLine) : -1;
            if (column >= 0 && !firstLine.isEmpty()) {
                return " ".repeat(column) + body;
            }
        }
        return body;
    }

    static boolean isName(String text) {
        return NAME.matcher(text.strip()).matches();
    }
}
