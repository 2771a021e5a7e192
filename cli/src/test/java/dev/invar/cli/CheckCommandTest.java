package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Black-box tests of {@code invar check}: exit codes and what the user reads. */
class CheckCommandTest {

    private static void assertOneCleanLine(CliRun run) {
        assertEquals(1, run.err().strip().lines().count(), run.toString());
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run);
        assertFalse(run.err().contains("Exception"), "no exception names: " + run);
    }

    @Test
    void successSaysExactlyWhatWasChecked() {
        CliRun run = CliRun.models("check", "Cycle.tla", "--workers", "1");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("No violation in this model"), run.out());
        assertTrue(run.out().contains("exhaustive search of 4 distinct states"), run.out());
        assertFalse(run.out().toLowerCase().contains("proved"), run.out());
    }

    @ParameterizedTest(name = "{0} exits {1}")
    @CsvSource({"ActionProperty, 12", "Liveness, 13", "Deadlock, 11", "AssertFails, 14", "AssumeFails, 10",
            "EvalError, 75", "SyntaxError, 150", "UnknownOperator, 150", "UndefinedInvariant, 151", "ConstantUnassigned, 151"})
    void exitCodesAreTlcs(String model, int code) {
        CliRun run = CliRun.models("check", model + ".tla", "--workers", "1");
        assertEquals(code, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("✗"), run.out());
    }

    @Test
    void counterexampleShowsStepsActionsAndChangedVariables() {
        CliRun run = CliRun.models("check", "Deadlock.tla", "--workers", "1");
        assertTrue(run.out().contains("Deadlock"), run.out());
        assertTrue(run.out().contains(" 2  Next  Deadlock.tla:5:9"), run.out());
        assertTrue(run.out().contains("x = 2"), run.out());
    }

    @Test
    void syntaxErrorIsOneLineWithFileLineColumn() {
        CliRun run = CliRun.models("check", "SyntaxError.tla");
        assertEquals(150, run.exitCode());
        assertTrue(run.out().lines().findFirst().orElseThrow().contains("SyntaxError.tla:4:15: syntax error"), run.out());
    }

    @Test
    void livenessLassoIsDrawn() {
        CliRun run = CliRun.models("check", "Liveness.tla", "--workers", "1");
        assertTrue(run.out().contains("back to state 1"), run.out());
        assertTrue(run.out().contains("Temporal property Reaches5 is violated"), run.out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "check Nope.tla|Nope.tla: no such spec file",
            "check Cycle.tla --workers many|--workers takes a positive whole number",
            "check Cycle.tla --timeout soon|--timeout takes a duration",
            "check Cycle.tla --const N|--const takes NAME=VALUE",
            "check Cycle.tla --config missing.cfg|missing.cfg: no such config file",
            "check Cycle.tla --tla-tools /nonexistent/tla2tools.jar|no such file",
            "check Cycle.tla --tla-tools Cycle.cfg|not a TLA+ tools jar",
            "check Cycle.tla --depth 3|apply to --simulate only",
            "check Cycle.tla --frobnicate|Unknown option"})
    void badInputIsOneClearLineAndExitTwo(String args, String message) {
        CliRun run = CliRun.models(args.split(" "));
        assertEquals(2, run.exitCode(), run.toString());
        assertTrue(run.err().contains(message), run.toString());
        assertFalse(run.err().contains("\tat "), run.toString());
        if (!message.equals("Unknown option")) {
            assertOneCleanLine(run);
        }
    }

    @Test
    void tlaToolsFromTheEnvironmentIsValidatedToo() {
        CliRun run = CliRun.in(CliRun.MODELS, Map.of("INVAR_TLA_TOOLS", "/nonexistent.jar"), "check", "Cycle.tla");
        assertEquals(2, run.exitCode(), run.toString());
        assertOneCleanLine(run);
    }

    @Test
    void constantsAndExpressionInvariantsWithoutAConfig(@TempDir Path dir) throws IOException {
        Files.copy(CliRun.MODELS.resolve("Counter.tla"), dir.resolve("Counter.tla"));
        CliRun ok = CliRun.in(dir, "check", "Counter.tla", "--const", "Limit=3", "--const", "Procs={p1,p2}",
                "--inv", "x <= Limit", "--no-deadlock", "--workers", "1");
        assertEquals(0, ok.exitCode(), ok.toString());
        assertTrue(ok.out().contains("Limit = 3"), ok.out());
        CliRun bad = CliRun.in(dir, "check", "Counter.tla", "--const", "Limit=3", "--const", "Procs={p1,p2}",
                "--inv", "x < Limit", "--no-deadlock", "--workers", "1");
        assertEquals(12, bad.exitCode(), bad.toString());
        assertTrue(bad.out().contains("Invariant x < Limit is violated"), bad.out());
        CliRun deadlock = CliRun.in(dir, "check", "Counter.tla", "--const", "Limit=3", "--const", "Procs={p1,p2}",
                "--workers", "1");
        assertEquals(11, deadlock.exitCode(), deadlock.toString());
        assertEquals(1, Files.list(dir).count(), "the spec directory is left as it was");
    }

    @Test
    void errorsInExpressionsGivenOnTheCommandLineAreSaidOfThoseExpressions(@TempDir Path dir) throws IOException {
        // Invar defines them in a module it generates and deletes: its name and lines mean nothing to the user.
        Files.copy(CliRun.MODELS.resolve("Counter.tla"), dir.resolve("Counter.tla"));
        String[] model = {"check", "Counter.tla", "--const", "Limit=3", "--const", "Procs={p1,p2}", "--no-deadlock", "--workers", "1"};
        CliRun unfinished = CliRun.in(dir, with(model, "--inv", "x <= Limit", "--inv", "x < ("));
        assertEquals(150, unfinished.exitCode(), unfinished.toString());
        assertTrue(unfinished.out().contains("invariant `x < (` ends too early: syntax error"), unfinished.out());
        CliRun unknown = CliRun.in(dir, with(model, "--inv", "x < Nope + 1"));
        assertEquals(150, unknown.exitCode(), unknown.toString());
        assertTrue(unknown.out().contains("invariant `x < Nope + 1` at column 5: Unknown operator: `Nope'"), unknown.out());
        CliRun undefined = CliRun.in(dir, with(model, "--inv", "Nope"));
        assertEquals(151, undefined.exitCode(), undefined.toString());
        assertTrue(undefined.out().contains("The invariant Nope is not defined in the specification"), undefined.out());
        CliRun evaluation = CliRun.in(dir, with(model, "--inv", "x[1] = 0"));
        assertEquals(75, evaluation.exitCode(), evaluation.toString());
        assertTrue(evaluation.out().contains("invariant `x[1] = 0` at column 1: "), evaluation.out());
        for (CliRun run : java.util.List.of(unfinished, unknown, undefined, evaluation)) {
            assertFalse(run.out().contains("InvarModel") || run.out().contains("invar-run"), run.out());
        }
        // A culprit in the user's own config is placed there, though the run read a generated one.
        Files.writeString(dir.resolve("Counter.cfg"), "CONSTANTS Limit = 3 Procs = {p1, p2}\nINIT Init\nNEXT Next\nINVARIANT Missing\n");
        CliRun own = CliRun.in(dir, "check", "Counter.tla", "--inv", "x <= Limit", "--no-deadlock", "--workers", "1");
        assertEquals(151, own.exitCode(), own.toString());
        assertTrue(own.out().contains("Counter.cfg:4:11: "), own.out());
    }

    private static String[] with(String[] args, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    @Test
    void simulationClaimsNoMoreThanItShows() {
        CliRun run = CliRun.models("check", "Cycle.tla", "--simulate", "--depth", "20", "--traces", "10", "--seed", "3");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("does not show their absence"), run.out());
    }

    @Test
    void timeoutIsNeverSuccess() {
        CliRun run = CliRun.models("check", "Slow.tla", "--timeout", "3s", "--workers", "1");
        assertEquals(255, run.exitCode(), run.toString());
        assertTrue(run.out().contains("Timed out after"), run.out());
        assertTrue(run.out().contains("no verdict"), run.out());
    }

    @Test
    void versionNamesInvarAndTlc() {
        CliRun run = CliRun.models("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("invar "), run.out());
        assertTrue(run.out().contains("TLC 2.18"), run.out());
    }

    @Test
    void helpShowsExamplesAndExitCodes() {
        CliRun run = CliRun.models("check", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"), run.out());
        assertTrue(run.out().contains("150   Syntax or semantic error"), run.out());
    }

    @Test
    void completionScript() {
        CliRun run = CliRun.models("completion");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("complete -F"), run.out());
    }
}
