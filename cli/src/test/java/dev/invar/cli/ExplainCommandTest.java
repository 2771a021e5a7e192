package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invar explain} offline: the structured summary, with the failed conjunct decided by real TLC. */
class ExplainCommandTest {
    private static final String TWO_CONJUNCTS = "holder \\subseteq Procs /\\ \\A p \\in Procs : pc[p] # \"critical\"";

    @Test
    void aSeededBugOfTheLibraryIsExplainedStepByStepDownToTheFailedConjunct() {
        CliRun run = CliRun.models("explain", "two-phase-commit", "--variant", "early-commit", "--workers", "1");

        assertEquals(12, run.exitCode(), "an explained safety violation keeps check's exit code: " + run);
        assertTrue(run.out().startsWith("Invariant Consistent is violated (counterexample of 6 states)."), run.out());
        assertTrue(run.out().contains("  4. EarlyTMCommit\n"), "the seeded bug's action is named: " + run.out());
        assertTrue(run.out().contains("       tmState: \"init\" -> \"committed\"\n"), run.out());
        assertTrue(run.out().contains("       rmState[r2]: \"working\" -> \"aborted\"\n"),
                "only the entry of the function that changed: " + run.out());
        assertTrue(run.out().contains("In state 6, TLC evaluates each conjunct of Consistent:\n"
                + "  false    \\A r1, r2 \\in RM : ~ /\\ rmState[r1] = \"committed\"\n"
                + "                                /\\ rmState[r2] = \"aborted\"\n"), "aligned as in the spec: " + run.out());
        assertTrue(run.out().contains("           false for r1 = r1, r2 = r2\n"),
                "the instance TLC found false: r1 committed, r2 aborted: " + run.out());
    }

    @Test
    void aSavedResultNamesTheConjunctThatFailedAndTheOneThatHeld(@TempDir Path dir) throws IOException {
        Files.copy(CliRun.MODELS.resolve("Lock.tla"), dir.resolve("Lock.tla"));
        Files.copy(CliRun.MODELS.resolve("Lock.cfg"), dir.resolve("Lock.cfg"));
        CliRun check = CliRun.in(dir, "check", "Lock.tla", "--workers", "1", "--inv", TWO_CONJUNCTS, "--json");
        assertEquals(12, check.exitCode(), check.toString());
        Files.writeString(dir.resolve("result.json"), check.out());

        CliRun run = CliRun.in(dir, "explain", "result.json");

        assertEquals(12, run.exitCode(), run.toString());
        assertTrue(run.out().contains("  3. Acquire\n       holder gains {p1}\n       pc[p1]: \"waiting\" -> \"critical\"\n"),
                run.out());
        assertTrue(run.out().contains("  true     holder \\subseteq Procs\n"
                + "  false    \\A p \\in Procs : pc[p] # \"critical\"\n"
                + "           false for p = p1\n"), run.out());
    }

    @Test
    void aFileThatIsNotASavedResultIsAUsageError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");

        CliRun run = CliRun.in(dir, "explain", "notes.json");

        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("invar: " + dir.resolve("notes.json") + ": not an Invar check result (invar check --json writes one)\n",
                run.err());
    }

    @Test
    void aPassingRunHasNothingToExplainAndExitsZero() {
        CliRun run = CliRun.models("explain", "Lock.tla", "--workers", "1");

        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("Nothing to explain: No violation in this model (Procs = {p1, p2, p3})"), run.out());
    }

    @Test
    void aDeadlockIsExplainedAsOneAndKeepsItsExitCode() {
        CliRun run = CliRun.models("explain", "Deadlock.tla", "--workers", "1");

        assertEquals(11, run.exitCode(), run.toString());
        assertTrue(run.out().endsWith("  3. Next\n       x: 1 -> 2\n\n"
                + "No action of the next-state relation can take a step from the last state: a deadlock.\n"), run.out());
    }

    @Test
    void modelOptionsWithASavedResultAreAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.in(dir, "explain", "result.json", "--const", "N=3");

        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().startsWith("invar: result.json is explained as it was saved"), run.err());
    }
}
