package dev.invar.tlc.internal;

import dev.invar.tlc.SourceLocation;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ways TLC and SANY write a source region, and how to read them. */
final class Locations {
    /** {@code line 5, col 9 to line 5, col 24 of module Live}. */
    static final Pattern OF_MODULE =
            Pattern.compile("line (\\d+), col (\\d+) to line (\\d+), col (\\d+) of module (\\w+)");
    /** {@code Line 5, column 9 to line 5, column 24 in Eval}. */
    static final Pattern IN_MODULE =
            Pattern.compile("[Ll]ine (\\d+), column (\\d+) to line (\\d+), column (\\d+) in (\\w+)");

    private Locations() {
    }

    static Optional<SourceLocation> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(from(m)) : Optional.empty();
    }

    static SourceLocation from(Matcher m) {
        return SourceLocation.of(m.group(5), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
}
