package dev.invar.assistant.prove;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadlineRunnerTest {
    @Test
    void aRunStartedAfterTheDeadlineTimesOutAtOnceWhateverItsOwnTimeout(@TempDir Path dir) throws Exception {
        // Ten million states: minutes of TLC, where the search's time limit has run out already.
        Path spec = dir.resolve("Count.tla");
        Files.writeString(spec, "---- MODULE Count ----\nEXTENDS Naturals\nVARIABLE x\nInit == x = 0\n"
                + "Next == x < 10000000 /\\ x' = x + 1\n====\n");
        Files.writeString(dir.resolve("Count.cfg"), "INIT Init\nNEXT Next\n");
        CheckRequest request = CheckRequest.builder(spec).timeout(Duration.ofMinutes(10)).build();
        long start = System.nanoTime();
        CheckResult result = new DeadlineRunner(InductiveCheckTest.RUNNER, Duration.ZERO).check(request);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(Verdict.TIMED_OUT, result.verdict(), result.toString());
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, took.toString());
    }
}
