package dev.invar.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.assistant.builtin.BuiltinDrafter;
import dev.invar.assistant.vetting.VettedCandidate;
import dev.invar.assistant.vetting.Vetting;
import dev.invar.assistant.vetting.VettingReport;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.ModuleOutline;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in drafter on the library's two-phase commit, vetted by real TLC. */
class BuiltinDraftAndVettingTest {
    private static final Path TWO_PHASE = Path.of("../spec-library/src/main/resources/specs/two-phase-commit/TwoPhase.tla");

    @Test
    void findsTheConsistencyInvariantAndSaysWhyTheRestFell() throws IOException {
        String text = Files.readString(TWO_PHASE);
        ModuleOutline outline = ModuleOutline.of(text);
        SpecContext context = new SpecContext(TWO_PHASE, outline.name(), text, outline.variables(), List.of(), List.of(),
                outline.definition("TypeOK"), List.of(), List.of());
        List<Candidate> drafts = new BuiltinDrafter().draft(context, new DraftBudget(400, 0, Duration.ofMinutes(1)));
        assertTrue(drafts.size() > 50, "drafts: " + drafts.size());
        TlcRunner runner = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));
        CheckRequest model = CheckRequest.builder(TWO_PHASE).workers(1).heapMegabytes(512).build();
        VettingReport report = new Vetting(runner).vet(model, drafts, outline.variables());
        assertTrue(report.exhaustive(), report.toString().substring(0, Math.min(3000, report.toString().length())));
        assertEquals(683, report.reachableStates());
        List<String> accepted = report.accepted().stream().map(c -> c.candidate().expression()).toList();
        // Consistent, in either of its equivalent orientations.
        assertTrue(accepted.stream().anyMatch(e -> e.contains("\\A x, y \\in RM")
                && (e.contains("rmState[x] = \"committed\"") && e.contains("rmState[y] = \"aborted\"")
                    || e.contains("rmState[x] = \"aborted\"") && e.contains("rmState[y] = \"committed\""))),
                String.join("\n", accepted));
        assertTrue(report.candidates().stream().anyMatch(c -> c.status() == VettedCandidate.Status.REFUTED));
        assertTrue(report.candidates().stream().noneMatch(c -> c.status() == VettedCandidate.Status.REJECTED),
                report.candidates().stream().filter(c -> c.status() == VettedCandidate.Status.REJECTED).toList().toString());
        System.out.println(report.accepted().size() + " accepted of " + drafts.size() + " in " + report.tlcRuns() + " TLC runs:\n"
                + String.join("\n", accepted));
        assertTrue(report.tlcRuns() <= 3 + 12, "one pass per check and per mutant, not one run per candidate: " + report.tlcRuns());
        assertTrue(report.accepted().stream().allMatch(c -> c.mutantsKilled() > 0), "every accepted draft kills a mutant");
    }

    @Test
    void quantifiesOverASubsetVariableNotOverItsTypeSet() {
        // A set of messages is typically far too large to enumerate once per state, let alone twice.
        SpecContext context = new SpecContext(TWO_PHASE, "Net", "", List.of("msgs", "up"), List.of(), List.of(),
                java.util.Optional.of("/\\ msgs \\subseteq Message\n/\\ up \\in BOOLEAN"), List.of(), List.of());
        List<String> drafts = new BuiltinDrafter().draft(context, new DraftBudget(400, 0, Duration.ofMinutes(1))).stream()
                .map(Candidate::expression).toList();
        assertTrue(drafts.contains("\\A x, y \\in msgs : x = y"), drafts.toString());
        assertTrue(drafts.contains("\\A x \\in msgs : x \\in msgs => up = TRUE"), drafts.toString());
        assertTrue(drafts.stream().noneMatch(d -> d.contains("\\in Message")), drafts.toString());
    }

    @Test
    void quantifiesWithNamesTheSpecDoesNotUse() {
        // A spec with a variable x: a draft \A x \in msgs would shadow it, and SANY refuses that.
        SpecContext context = new SpecContext(TWO_PHASE, "Net", "VARIABLES msgs, x\nx_1 == x + 1\n", List.of("msgs", "x"), List.of(),
                List.of(), java.util.Optional.of("/\\ msgs \\subseteq Message\n/\\ x \\in BOOLEAN"), List.of(), List.of());
        List<String> drafts = new BuiltinDrafter().draft(context, new DraftBudget(400, 0, Duration.ofMinutes(1))).stream()
                .map(Candidate::expression).toList();
        assertTrue(drafts.contains("\\A x_2, y \\in msgs : x_2 = y"), drafts.toString());
        assertTrue(drafts.contains("\\A x_2 \\in msgs : x_2 \\in msgs => x = TRUE"), drafts.toString());
    }
}
