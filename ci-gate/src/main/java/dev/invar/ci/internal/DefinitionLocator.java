package dev.invar.ci.internal;

import dev.invar.tlc.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds where an operator is defined ({@code Name ==} or {@code Name(args) ==}) among a model's modules. */
public final class DefinitionLocator {
    private DefinitionLocator() {
    }

    public static Optional<SourceLocation> find(String name, Collection<Path> modules) {
        Pattern definition = Pattern.compile("(?m)^(\\s*)" + Pattern.quote(name) + "\\s*(\\([^)]*\\))?\\s*==");
        for (Path module : modules.stream().filter(p -> p.toString().endsWith(".tla")).toList()) {
            String text;
            try {
                text = Files.readString(module);
            } catch (IOException e) {
                continue;
            }
            Matcher m = definition.matcher(text);
            if (m.find()) {
                int offset = m.start() + m.group(1).length();
                int line = 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
                int column = offset - text.lastIndexOf('\n', offset - 1);
                String moduleName = module.getFileName().toString().replaceAll("\\.tla$", "");
                return Optional.of(new SourceLocation(moduleName, line, column, line, column + name.length() - 1,
                        Optional.of(module)));
            }
        }
        return Optional.empty();
    }

}
