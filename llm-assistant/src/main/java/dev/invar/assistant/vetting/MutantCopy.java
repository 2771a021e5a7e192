package dev.invar.assistant.vetting;

import dev.invar.tlc.ScratchDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A private copy of the spec's directory with the root module replaced by a mutant; removed when closed. */
final class MutantCopy implements AutoCloseable {
    private final ScratchDirectory directory;
    private final Path spec;

    private MutantCopy(ScratchDirectory directory, Path spec) {
        this.directory = directory;
        this.spec = spec;
    }

    static MutantCopy of(Path original, String mutantText) {
        ScratchDirectory dir = ScratchDirectory.create("invar-mutant-");
        try (Stream<Path> files = Files.list(original.toAbsolutePath().getParent())) {
            for (Path f : files.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".tla") || p.toString().endsWith(".cfg"))).toList()) {
                Files.copy(f, dir.path().resolve(f.getFileName()));
            }
        } catch (IOException e) {
            dir.close();
            throw new UncheckedIOException(e);
        }
        return new MutantCopy(dir, dir.write(original.getFileName().toString(), mutantText));
    }

    Path spec() {
        return spec;
    }

    @Override
    public void close() {
        directory.close();
    }
}
