package dev.invar.cli;

import dev.invar.library.Model;
import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import dev.invar.tlc.ScratchDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code invar check} was asked to check: a spec file of the user's, or a protocol of the library
 * (copied to a private directory for the run, and removed after it).
 *
 * @param displayBase paths under it are shown relative to it
 * @param expected for a library model or variant, what the library says TLC must report
 */
public record SpecTarget(Path spec, Optional<Path> config, Path displayBase, Optional<Model> expected,
                         Optional<ScratchDirectory> temporaryCopy) implements AutoCloseable {

    /**
     * @param model  a library model name (default {@code small}); only for a library id
     * @param variant a library seeded-bug variant; only for a library id
     */
    /**
     * Where a command writes files it generates: {@code -o DIR} when given, else beside the spec, or the working
     * directory when the spec is a temporary copy of a library protocol.
     */
    public java.nio.file.Path outputDirectory(Optional<java.nio.file.Path> output, java.nio.file.Path workingDirectory) {
        return output.map(workingDirectory::resolve)
                .orElseGet(() -> temporaryCopy().isPresent() ? workingDirectory : spec.getParent());
    }

    public static SpecTarget resolve(String target, Optional<String> model, Optional<String> variant, Console console) {
        Path asFile = console.workingDirectory().resolve(target).normalize();
        boolean looksLikeFile = target.endsWith(".tla") || target.contains("/") || Files.exists(asFile);
        if (!looksLikeFile && Files.isRegularFile(console.workingDirectory().resolve(target + ".tla"))) {
            asFile = console.workingDirectory().resolve(target + ".tla").normalize();
            looksLikeFile = true;
        }
        if (looksLikeFile) {
            if (model.isPresent() || variant.isPresent()) {
                throw new UsageException("--model and --variant select models of a library protocol, not of " + target);
            }
            if (!Files.exists(asFile)) {
                throw new UsageException(target + ": no such spec file");
            }
            return new SpecTarget(asFile, Optional.empty(), console.workingDirectory(), Optional.empty(), Optional.empty());
        }
        if (model.isPresent() && variant.isPresent()) {
            throw new UsageException("give --model or --variant, not both");
        }
        SpecLibrary library = SpecLibrary.bundled();
        Protocol protocol = library.find(target).orElseThrow(() -> new UsageException(target
                + ": no such spec file or library protocol (invar list shows the protocols)"));
        Model chosen = variant.map(v -> protocol.variant(v).asModel()).orElseGet(() -> protocol.model(model.orElse("small")));
        ScratchDirectory scratch = ScratchDirectory.create("invar-" + protocol.id() + "-");
        Path copy = library.materialize(protocol, scratch.path());
        return new SpecTarget(copy.resolve(chosen.module() + ".tla"), Optional.of(copy.resolve(chosen.config())), copy,
                Optional.of(chosen), Optional.of(scratch));
    }

    @Override
    public void close() {
        temporaryCopy.ifPresent(ScratchDirectory::close);
    }
}
