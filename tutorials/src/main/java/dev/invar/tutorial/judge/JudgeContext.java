package dev.invar.tutorial.judge;

import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.TlcConfig;
import dev.invar.tlc.TlcRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What a judge works with.
 *
 * @param lessonDirectory the workspace folder of the lesson, where the learner's files are
 * @param timeout the limit of each TLC run, so that a learner's model that blows up still gets an answer
 * @param tuning the learner's own TLC settings (workers, heap, timeout), applied over the judge's defaults
 */
public record JudgeContext(TlcRunner runner, SpecLibrary library, Protocol protocol, Path lessonDirectory,
                           Duration timeout, Consumer<CheckRequest.Builder> tuning) {
    public JudgeContext {
        Objects.requireNonNull(runner, "runner");
        Objects.requireNonNull(library, "library");
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(lessonDirectory, "lessonDirectory");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(tuning, "tuning");
    }

    /**
     * A config of the library's protocol, as shipped: judges read the model from the library, not from the
     * workspace, so that editing a cfg cannot change what an answer is judged against.
     */
    public TlcConfig libraryConfig(String file) {
        return TlcConfig.parse(library.read(protocol, file), file);
    }
}
