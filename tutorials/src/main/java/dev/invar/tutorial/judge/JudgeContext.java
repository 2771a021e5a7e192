package dev.invar.tutorial.judge;

import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a judge works with.
 *
 * @param lessonDirectory the workspace folder of the lesson, where the learner's files are
 * @param timeout the limit of each TLC run, so that a learner's model that blows up still gets an answer
 */
public record JudgeContext(TlcRunner runner, SpecLibrary library, Protocol protocol, Path lessonDirectory,
                           Duration timeout) {
    public JudgeContext {
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(lessonDirectory, "lessonDirectory");
        Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * A config of the library's protocol, as shipped: judges read the model from the library, not from the
     * workspace, so that editing a cfg cannot change what an answer is judged against.
     */
    public TlcConfig libraryConfig(String file) {
        return TlcConfig.parse(library.read(protocol, file), file);
    }
}
