package dev.invar.tlc;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A region of a TLA+ module or TLC config as TLC reports it (1-based lines and columns), with the file
 * once it is known.
 */
public record SourceLocation(String module, int line, int column, int endLine, int endColumn, Optional<Path> file) {
    public SourceLocation {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(file, "file");
    }

    public static SourceLocation of(String module, int line, int column, int endLine, int endColumn) {
        return new SourceLocation(module, line, column, endLine, endColumn, Optional.empty());
    }

    public SourceLocation withFile(Path path) {
        return new SourceLocation(module, line, column, endLine, endColumn, Optional.of(path));
    }

    /** {@code file:line:column} when the file is known, else {@code module:line:column}. */
    public String shortForm() {
        return file.map(Path::toString).orElse(module) + ":" + line + ":" + column;
    }
}
