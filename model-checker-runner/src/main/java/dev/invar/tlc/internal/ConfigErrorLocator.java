package dev.invar.tlc.internal;

import dev.invar.tlc.Diagnostic;
import dev.invar.tlc.SourceLocation;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TLC names the culprit of a config error ("The invariant NoSuchInv …") but not where it is. This
 * finds the name in the config and gives the error its line and column, or at least the file.
 */
public final class ConfigErrorLocator {
    private ConfigErrorLocator() {
    }

    public static Diagnostic locate(Diagnostic diagnostic, Path configFile, String configText, Optional<TlcConfig> config) {
        if (diagnostic.kind() != Verdict.CONFIG_ERROR || diagnostic.location().isPresent()) {
            return diagnostic;
        }
        for (String name : namesInMessageOrder(diagnostic.message(), config)) {
            Matcher m = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(name) + "(?![A-Za-z0-9_])").matcher(configText);
            if (m.find()) {
                int line = 1 + (int) configText.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                int column = m.start() - configText.lastIndexOf('\n', m.start() - 1);
                SourceLocation at = new SourceLocation(configFile.getFileName().toString(), line, column, line,
                        column + name.length() - 1, Optional.of(configFile));
                return new Diagnostic(diagnostic.kind(), diagnostic.code(), diagnostic.message(), Optional.of(at));
            }
        }
        return new Diagnostic(diagnostic.kind(), diagnostic.code(), configFile + ": " + diagnostic.message(), Optional.empty());
    }

    private static List<String> namesInMessageOrder(String message, Optional<TlcConfig> config) {
        List<String> names = new ArrayList<>();
        config.ifPresent(c -> {
            c.constants().forEach(k -> names.add(k.name()));
            names.addAll(c.invariants());
            names.addAll(c.properties());
            names.addAll(c.constraints());
            names.addAll(c.actionConstraints());
            c.init().ifPresent(names::add);
            c.next().ifPresent(names::add);
            c.specification().ifPresent(names::add);
            c.symmetry().ifPresent(names::add);
            c.view().ifPresent(names::add);
        });
        return names.stream().filter(n -> Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(n) + "(?![A-Za-z0-9_])")
                .matcher(message).find()).sorted(java.util.Comparator.comparingInt(message::indexOf)).toList();
    }
}
