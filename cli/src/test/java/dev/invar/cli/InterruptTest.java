package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Ctrl-C on a running check ends TLC too: nothing is left running. */
class InterruptTest {

    @Test
    void ctrlCEndsTheTlcChild() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process invar = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "dev.invar.cli.Main", "check", "Slow.tla", "--workers", "1")
                .directory(CliRun.MODELS.toFile()).redirectErrorStream(true).start();
        try {
            ProcessHandle tlc = awaitTlcChild(invar.toHandle()).orElseThrow(() -> new AssertionError("TLC never started"));
            new ProcessBuilder("kill", "-INT", Long.toString(invar.pid())).start().waitFor();
            assertTrue(invar.waitFor(30, TimeUnit.SECONDS), "invar did not stop on Ctrl-C");
            assertTrue(tlc.onExit().get(10, TimeUnit.SECONDS) != null);
            assertFalse(tlc.isAlive(), "TLC outlived invar");
        } finally {
            invar.descendants().forEach(ProcessHandle::destroyForcibly);
            invar.destroyForcibly();
        }
    }

    private static Optional<ProcessHandle> awaitTlcChild(ProcessHandle parent) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            List<ProcessHandle> tlc = parent.descendants()
                    .filter(p -> p.info().commandLine().orElse("").contains("tlc2.TLC")).toList();
            if (!tlc.isEmpty()) {
                Thread.sleep(1000); // let TLC get going
                return Optional.of(tlc.get(0));
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }
}
