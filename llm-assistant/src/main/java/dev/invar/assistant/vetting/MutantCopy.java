package dev.invar.assistant.vetting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A private copy of the spec's directory with the root module replaced by a mutant; removed when closed. */
final class MutantCopy implements AutoCloseable {
    private final Path directory;
    private final Path spec;

    private MutantCopy(Path directory, Path spec) {
        this.directory = directory;
        this.spec = spec;
    }

    static MutantCopy of(Path original, String mutantText) {
        try {
            Path dir = Files.createTempDirectory("invar-mutant-");
            try (Stream<Path> files = Files.list(original.toAbsolutePath().getParent())) {
                for (Path f : files.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".tla") || p.toString().endsWith(".cfg"))).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
            Path spec = dir.resolve(original.getFileName());
            Files.writeString(spec, mutantText);
            return new MutantCopy(dir, spec);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path spec() {
        return spec;
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(directory)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary copy is harmless
        }
    }
}
