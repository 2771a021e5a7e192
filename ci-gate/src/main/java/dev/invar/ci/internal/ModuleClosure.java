package dev.invar.ci.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a model depends on: its root module, every module it EXTENDS or INSTANCEs (found beside it,
 * transitively; standard modules are not files of the repository), and its config.
 */
public final class ModuleClosure {
    private static final Pattern EXTENDS = Pattern.compile("\\bEXTENDS\\s+(\\w+(?:\\s*,\\s*\\w+)*)");
    private static final Pattern INSTANCE = Pattern.compile("\\bINSTANCE\\s+(\\w+)");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)\\(\\*.*?\\*\\)");
    private static final Pattern LINE_COMMENT = Pattern.compile("\\\\\\*[^\\n]*");

    private ModuleClosure() {
    }

    /** Absolute, normalised paths of the spec's modules and the config (if it exists). */
    public static Set<Path> of(Path spec, Path config) {
        Set<Path> files = new LinkedHashSet<>();
        Deque<Path> todo = new ArrayDeque<>(List.of(spec.toAbsolutePath().normalize()));
        while (!todo.isEmpty()) {
            Path module = todo.pop();
            if (!files.add(module) || !Files.isRegularFile(module)) {
                continue;
            }
            for (String name : imported(read(module))) {
                Path candidate = module.resolveSibling(name + ".tla");
                if (Files.isRegularFile(candidate)) {
                    todo.push(candidate);
                }
            }
        }
        files.removeIf(p -> !Files.isRegularFile(p));
        if (Files.isRegularFile(config)) {
            files.add(config.toAbsolutePath().normalize());
        }
        return files;
    }

    static Set<String> imported(String text) {
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(text).replaceAll(" ")).replaceAll(" ");
        Set<String> names = new LinkedHashSet<>();
        Matcher e = EXTENDS.matcher(code);
        while (e.find()) {
            for (String n : e.group(1).split("[\\s,]+")) {
                if (!n.isBlank()) {
                    names.add(n.strip());
                }
            }
        }
        Matcher i = INSTANCE.matcher(code);
        while (i.find()) {
            names.add(i.group(1));
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
