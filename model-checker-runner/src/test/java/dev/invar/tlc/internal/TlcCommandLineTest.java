package dev.invar.tlc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.Mode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TlcCommandLineTest {
    private static TlcCommandLine line(Mode mode, OptionalInt workers, Optional<Boolean> deadlock, Optional<String> server) {
        return new TlcCommandLine(Path.of("/jdk/bin/java"), Path.of("/lib/tla2tools.jar"), 4096, Optional.empty(),
                Path.of("/run/states"), Path.of("/run/tmp"), Path.of("/specs/Spec.tla"), Path.of("/specs/Spec.cfg"), workers, mode,
                OptionalInt.of(50), OptionalLong.of(10), OptionalLong.of(7), deadlock, false, Optional.empty(), List.of(),
                server);
    }

    @Test
    void modelCheckingWithGoodDefaults() {
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-Xmx4096m", "-Dfile.encoding=UTF-8",
                "-Djava.io.tmpdir=/run/tmp", "-cp",
                "/lib/tla2tools.jar", "tlc2.TLC", "-tool", "-workers", "auto", "-metadir", "/run/states", "-config",
                "/specs/Spec.cfg", "-seed", "7", "-fp", "7", "/specs/Spec.tla"),
                // The seed reaches model checking too: TLC's RandomSubset and RandomElement draw from it, and from
                // each state's fingerprint, whose polynomial the seed picks as well.
                line(Mode.MODEL_CHECK, OptionalInt.empty(), Optional.empty(), Optional.empty()).toList());
    }

    @Test
    void simulationAndNoDeadlock() {
        List<String> cmd = line(Mode.SIMULATE, OptionalInt.of(2), Optional.of(false), Optional.empty()).toList();
        String joined = String.join(" ", cmd);
        assertTrue(joined.contains("-workers 2 "), joined);
        assertTrue(joined.contains(" -deadlock "), joined);
        assertTrue(joined.contains(" -simulate num=10 -depth 50 "), joined);
        assertTrue(joined.contains(" -seed 7 "), joined);
        assertEquals("/specs/Spec.tla", cmd.get(cmd.size() - 1));
    }

    @Test
    void distributedServerTakesTheModuleByName() {
        List<String> cmd = line(Mode.MODEL_CHECK, OptionalInt.empty(), Optional.empty(), Optional.of("10.0.0.5")).toList();
        assertTrue(cmd.contains("-Djava.rmi.server.hostname=10.0.0.5"));
        assertTrue(cmd.contains("tlc2.tool.distributed.TLCServer"));
        assertTrue(!cmd.contains("-workers"));
        assertEquals("Spec", cmd.get(cmd.size() - 1));
        assertEquals(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-Xmx512m", "-Dfile.encoding=UTF-8", "-cp", "/lib/tla2tools.jar",
                "tlc2.tool.distributed.TLCWorker", "10.0.0.5"),
                TlcCommandLine.worker(Path.of("/jdk/bin/java"), Path.of("/lib/tla2tools.jar"), 512, "10.0.0.5"));
    }
}
