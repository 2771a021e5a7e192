package dev.invar.tlc.internal;

import dev.invar.tlc.TlcException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private directory for one run: TLC's metadir and any generated wrapper module and config. Deleted,
 * with everything TLC wrote in it, when the run ends.
 */
public final class RunDirectory implements AutoCloseable {
    private final Path path;

    private RunDirectory(Path path) {
        this.path = path;
    }

    public static RunDirectory create(Path parent) {
        try {
            Files.createDirectories(parent);
            return new RunDirectory(Files.createTempDirectory(parent, "invar-run-"));
        } catch (IOException e) {
            throw new TlcException("cannot create a run directory in " + parent + ": " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** The parent of TLC's metadir: TLC names its own subdirectory by the time. */
    public Path metaDirectory() {
        return path.resolve("states");
    }

    /** The child JVM's own temporary directory (created on demand). */
    public Path temporaryDirectory() {
        try {
            return Files.createDirectories(path.resolve("tmp"));
        } catch (IOException e) {
            throw new TlcException("cannot create " + path.resolve("tmp") + ": " + e.getMessage(), e);
        }
    }

    public Path write(String name, String text) {
        try {
            return Files.writeString(path.resolve(name), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TlcException("cannot write " + name + " in " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(path)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover temp directory is not worth failing a finished check for.
        }
    }
}
