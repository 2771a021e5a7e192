package dev.invar.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Runs of a module Invar generated, with real TLC: a crashed run is made once more, read by fresh marks. */
class GeneratedRunTest {
    private static final DefaultTlcRunner RUNNER = new DefaultTlcRunner(RunnerOptions.defaults(TlaTools.bundled()));
    private static final Path SPEC = Path.of("src/test/resources/models/Lock.tla").toAbsolutePath();
    private static final CheckRequest LOCK = CheckRequest.builder(SPEC).workers(1).heapMegabytes(256).build();
    private static final String MODULE = "---- MODULE InvarTry_Lock ----\nEXTENDS Lock\n====\n";
    private static final String CONFIG = "CONSTANT Procs = {p1, p2}\nINIT Init\nNEXT Next\n";

    @Test
    void aRunThatFinishesIsMadeOnce() {
        AtomicInteger marks = new AtomicInteger();
        DefaultTlcRunner.Generated<TlcListener> run = RUNNER.runGenerated(LOCK, SPEC, "InvarTry_Lock", MODULE, CONFIG,
                () -> counted(marks));
        assertTrue(run.run().passed(), run.run().toString());
        assertEquals(1, marks.get());
    }

    @Test
    void aRunThatCrashedIsMadeOnceMoreWithFreshMarks() {
        // A JVM too small to start is a crash that does not go away; a rare fault inside TLC is one that does.
        AtomicInteger marks = new AtomicInteger();
        DefaultTlcRunner.Generated<TlcListener> run = RUNNER.runGenerated(LOCK.toBuilder().heapMegabytes(1).build(), SPEC,
                "InvarTry_Lock", MODULE, CONFIG, () -> counted(marks));
        assertEquals(Verdict.CRASHED, run.run().verdict(), run.run().toString());
        assertEquals(2, marks.get());
    }

    private static TlcListener counted(AtomicInteger marks) {
        marks.incrementAndGet();
        return event -> { };
    }
}
