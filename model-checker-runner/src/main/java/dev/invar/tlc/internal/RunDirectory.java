package dev.invar.tlc.internal;

import dev.invar.tlc.ScratchDirectory;
import dev.invar.tlc.TlcException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A private directory for one run: TLC's metadir, the child JVM's temporary directory and any generated
 * wrapper module and config. Deleted, with everything TLC wrote in it, when the run ends.
 */
public final class RunDirectory implements AutoCloseable {
    private final ScratchDirectory scratch;

    private RunDirectory(ScratchDirectory scratch) {
        this.scratch = scratch;
    }

    public static RunDirectory create(Path parent) {
        return new RunDirectory(ScratchDirectory.create(parent, "invar-run-"));
    }

    public Path path() {
        return scratch.path();
    }

    /** The parent of TLC's metadir: TLC names its own subdirectory by the time. */
    public Path metaDirectory() {
        return path().resolve("states");
    }

    /** The child JVM's own temporary directory (created on demand). */
    public Path temporaryDirectory() {
        try {
            return Files.createDirectories(path().resolve("tmp"));
        } catch (IOException e) {
            throw new TlcException("cannot create " + path().resolve("tmp") + ": " + e.getMessage(), e);
        }
    }

    public Path write(String name, String text) {
        return scratch.write(name, text);
    }

    @Override
    public void close() {
        scratch.close();
    }
}
