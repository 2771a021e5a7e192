package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** invar draft on Lock (a lock server): built-in drafts, vetted by TLC, written as a module that EXTENDS the spec. */
class DraftCommandTest {

    @Test
    void draftsVetsAndWritesOnlyWhatSurvived(@TempDir Path out) throws IOException {
        Files.copy(CliRun.MODELS.resolve("Lock.tla"), out.resolve("Lock.tla"));
        Files.copy(CliRun.MODELS.resolve("Lock.cfg"), out.resolve("Lock.cfg"));
        CliRun run = CliRun.in(out, "draft", "Lock.tla", "--workers", "1", "--all", "--write");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("survived mechanical checks on all 20 reachable states (Procs = {p1, p2, p3})"), run.out());
        assertTrue(run.out().contains("not a proof"), run.out());
        assertTrue(run.out().contains("refuted"), run.out());
        assertTrue(run.out().contains("type-level") || run.out().contains("redundant"), run.out());
        String module = Files.readString(out.resolve("Lock_Invariants.tla"));
        assertTrue(module.contains("EXTENDS Lock"), module);
        assertTrue(module.matches("(?s).*pc\\[\\w+\\] = \"critical\".*"), module);
        String cfg = Files.readString(out.resolve("Lock_Invariants.cfg"));
        assertTrue(cfg.contains("INVARIANT Inv"), cfg);
        CliRun check = CliRun.in(out, "check", "Lock_Invariants.tla", "--workers", "1");
        assertEquals(0, check.exitCode(), "the written invariants pass a normal check: " + check);
    }
}
