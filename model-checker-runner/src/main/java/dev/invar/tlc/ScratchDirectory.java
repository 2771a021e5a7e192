package dev.invar.tlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A private temporary directory (a run's metadir, a generated module, a copy of a spec) that is deleted,
 * with everything in it, when closed.
 */
public final class ScratchDirectory implements AutoCloseable {
    private final Path path;

    private ScratchDirectory(Path path) {
        this.path = path;
    }

    /** A new directory named {@code prefix…} under {@code parent} (created if needed). */
    public static ScratchDirectory create(Path parent, String prefix) {
        try {
            Files.createDirectories(parent);
            return new ScratchDirectory(Files.createTempDirectory(parent, prefix));
        } catch (IOException e) {
            throw new TlcException("cannot create a temporary directory in " + parent + ": " + e.getMessage(), e);
        }
    }

    /** A new directory under the system's temporary directory. */
    public static ScratchDirectory create(String prefix) {
        return create(Path.of(System.getProperty("java.io.tmpdir")), prefix);
    }

    public Path path() {
        return path;
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
            // Best effort: a leftover temporary directory is not worth failing finished work for.
        }
    }
}
