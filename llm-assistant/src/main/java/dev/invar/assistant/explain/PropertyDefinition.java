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
        ModuleOutline outline;
        try {
            outline = ModuleOutline.of(Files.readString(module));
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<String> here = outline.definition(name);
        if (here.isPresent()) {
            return here;
        }
        for (String extended : outline.extendsModules()) {
            Optional<String> there = find(module.resolveSibling(extended + ".tla"), name, visited);
            if (there.isPresent()) {
                return there;
            }
        }
        return Optional.empty();
    }

    static boolean isName(String text) {
        return NAME.matcher(text.strip()).matches();
    }
}
