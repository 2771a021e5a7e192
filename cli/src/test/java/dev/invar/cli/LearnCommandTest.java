package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tutorial.LessonCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invar learn}, black box: output and exit codes, with real TLC behind {@code check}. */
class LearnCommandTest {
    private static final LessonCatalog CATALOG = LessonCatalog.bundled();

    @TempDir
    Path dir;

    @Test
    void withoutAWorkspaceTheLessonsAreListedAndTheOtherCommandsSayHowToStart() {
        CliRun list = CliRun.in(dir, "learn");
        assertEquals(0, list.exitCode(), list.toString());
        assertTrue(list.out().contains("Inductive invariants and proof"), list.out());
        assertEquals(8, list.out().lines().filter(l -> l.matches("\\s+\\d\\s+.*steps\\s*")).count(), list.out());
        assertTrue(list.out().contains("Start with: invar learn start 1 [DIR]"), list.out());

        CliRun check = CliRun.in(dir, "learn", "check");
        assertEquals(2, check.exitCode(), check.toString());
        assertEquals("invar: no tutorial workspace in " + dir + " or above it: start one with invar learn start 1 [DIR]",
                check.err().strip());
        assertFalse(Files.exists(dir.resolve(".invar-learn.json")), "checking creates no workspace");
    }

    @Test
    void anUnknownLessonIsAUsageError() {
        CliRun run = CliRun.in(dir, "learn", "start", "9", "ws");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals("invar: there is no lesson 9: the lessons are 1 to 8 (invar learn lists them)", run.err().strip());
    }

    @Test
    void startCheckPassNextAndResetWithProgressSavedInTheWorkspace() throws IOException {
        CliRun start = CliRun.in(dir, "learn", "start", "1", "ws");
        assertEquals(0, start.exitCode(), start.toString());
        assertTrue(start.out().startsWith("Lesson 1: Your first model check  (two-phase-commit)\nStep 1 of 1: A model worth checking"),
                start.out());
        Path lesson = dir.resolve("ws/01-first-model-check");
        assertTrue(Files.isRegularFile(lesson.resolve("TwoPhase.tla")) && Files.isRegularFile(lesson.resolve("MC.cfg")));

        CliRun wrong = CliRun.in(lesson, "learn", "check");
        assertEquals(1, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.out().contains("✗ RM = {r1, r2, r3}\n    the model has RM = {r1}; the exercise fixes it to {r1, r2, r3}"),
                wrong.out());
        assertTrue(wrong.out().contains("Not yet: 4 of 5 criteria failed."), wrong.out());

        Files.writeString(lesson.resolve("MC.cfg"), CATALOG.read(CATALOG.lesson(1), "solution/three-managers/MC.cfg"));
        CliRun right = CliRun.in(lesson, "learn", "check");
        assertEquals(0, right.exitCode(), right.toString());
        assertTrue(right.out().contains("✓ the model passes\n    no violation in this model (RM = {r1, r2, r3}, MaxTMCrashes = 1):"
                + " 683 distinct states searched"), right.out());
        assertTrue(right.out().contains("Passed. invar learn next for the next step."), right.out());

        CliRun progress = CliRun.in(dir, "learn", "--workspace", "ws");
        assertTrue(progress.out().lines().anyMatch(l -> l.matches(" > 1\\s+Your first model check\\s+two-phase-commit\\s+1/1 steps\\s*")),
                progress.out());

        CliRun next = CliRun.in(lesson, "learn", "next");
        assertEquals(0, next.exitCode(), next.toString());
        assertTrue(next.out().startsWith("Lesson 2: Reading a counterexample"), next.out());
        Path second = dir.resolve("ws/02-reading-a-counterexample/TwoPhase_EarlyCommit.tla");
        String original = Files.readString(second);
        Files.writeString(second, "garbage");

        CliRun reset = CliRun.in(dir.resolve("ws"), "learn", "reset");
        assertEquals(0, reset.exitCode(), reset.toString());
        assertTrue(reset.out().startsWith("Lesson 2 starts over; your files were moved to 02-reading-a-counterexample.before-reset."),
                reset.out());
        assertEquals(original, Files.readString(second));
        assertEquals("garbage", Files.readString(dir.resolve("ws/02-reading-a-counterexample.before-reset/TwoPhase_EarlyCommit.tla")));
    }

    @Test
    void aFailedStepShowsTheCounterexampleAndHintsComeOneByOne() {
        CliRun.in(dir, "learn", "start", "2");
        CliRun check = CliRun.in(dir, "learn", "check");
        assertEquals(1, check.exitCode(), check.toString());
        assertTrue(check.out().contains("✗ the model passes (TypeOK, Consistent)\n    TLC found a safety-violation of Consistent"
                + " (RM = {r1, r2, r3}, MaxTMCrashes = 1); the behaviour is below"), check.out());
        assertTrue(check.out().contains("Counterexample (6 states):"), check.out());
        assertTrue(check.out().contains(" 4  EarlyTMCommit  02-reading-a-counterexample/TwoPhase_EarlyCommit.tla:14:5"), check.out());

        assertTrue(CliRun.in(dir, "learn", "hint").out().startsWith("Hint 1 of 3: In the counterexample, find the first state"));
        assertTrue(CliRun.in(dir, "learn", "hint").out().startsWith("Hint 2 of 3: Compare EarlyTMCommit with TMCommit"));
        CliRun.in(dir, "learn", "hint");
        assertTrue(CliRun.in(dir, "learn", "hint").out().startsWith("Hint 3 of 3:"), "the last hint repeats");
    }

    @Test
    void aSyntaxErrorInTheLearnersFileIsOneLocatedLine() throws IOException {
        CliRun.in(dir, "learn", "start", "3");
        Path answer = dir.resolve("03-writing-an-invariant/Answer.tla");
        Files.writeString(answer, Files.readString(answer).replace("DecisionIsDurable == TRUE", "DecisionIsDurable == tmState ="));
        CliRun check = CliRun.in(dir.resolve("03-writing-an-invariant"), "learn", "check");
        assertEquals(1, check.exitCode(), check.toString());
        assertTrue(check.out().matches("(?s).*✗ TLC can run it\n    parse-error: Answer\\.tla:\\d+:\\d+: [^\n]+\n\nNot yet: 1 of 1 criteria failed.*"),
                check.out());
    }

    @Test
    void aCounterexampleToInductionIsShownAsATwoStateTrace() throws IOException {
        CliRun.in(dir, "learn", "start", "8");
        Path lesson = dir.resolve("08-inductive-invariants-and-proof");
        Files.writeString(lesson.resolve("Inductive.tla"), CATALOG.read(CATALOG.lesson(8), "solution/rule-out-the-first-cti/Inductive.tla"));
        assertEquals(0, CliRun.in(lesson, "learn", "check").exitCode());
        CliRun.in(lesson, "learn", "next");
        CliRun check = CliRun.in(lesson, "learn", "check");
        assertEquals(1, check.exitCode(), check.toString());
        assertTrue(check.out().contains("✗ IndInv is inductive (IndInv /\\ Next => IndInv')\n    IndInv is not inductive on instance"
                + " RM = {r1, r2}, MaxTMCrashes = 1: "), check.out());
        assertTrue(check.out().contains("Why \"IndInv is inductive (IndInv /\\ Next => IndInv')\" failed:\nCounterexample (2 states):\n"
                + " 1  a state of the invariant (need not be reachable)\n"), check.out());
        assertFalse(check.out().contains("proved"), check.out());
    }
}
