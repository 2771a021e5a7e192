package dev.invar.assistant.vetting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.assistant.Candidate;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invariants that only a widened quorum or a duplicated message breaks, judged by real TLC on the mutants. */
class MutationSensitivityTest {
    private static final TlcRunner RUNNER = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));

    /**
     * Agreement holds because deciding a value needs a majority that prefers it, and only node 1 prefers 1.
     * Widening Decide's quorum lets node 1 alone (or nobody) decide 1 as well; widening Elect's makes it
     * CHOOSE from the empty set, a TLC error, which tests nothing.
     */
    private static final String QUORUMS = """
            ---- MODULE Quorums ----
            EXTENDS FiniteSets, Integers
            CONSTANT Node
            VARIABLES decided, leader
            Value == {0, 1}
            Quorum == {Q \\in SUBSET Node : 2 * Cardinality(Q) > Cardinality(Node)}
            Prefers == [n \\in Node |-> IF n = 1 THEN 1 ELSE 0]
            TypeOK == /\\ decided \\in SUBSET Value
                      /\\ leader \\in Node \\cup {0}
            Init == /\\ decided = {}
                    /\\ leader = 0
            Decide(v) == /\\ \\E q \\in Quorum : \\A n \\in q : Prefers[n] = v
                         /\\ decided' = decided \\cup {v}
                         /\\ UNCHANGED leader
            Elect == /\\ leader = 0
                     /\\ \\E q \\in Quorum : leader' = CHOOSE n \\in q : TRUE
                     /\\ UNCHANGED decided
            Next == (\\E v \\in Value : Decide(v)) \\/ Elect
            ====
            """;

    /** Each node's ack is counted once because receiving it takes it out of the inbox. */
    private static final String ACKS = """
            ---- MODULE Acks ----
            EXTENDS FiniteSets, Integers
            CONSTANT Node
            VARIABLES inbox, count
            Init == /\\ inbox = Node
                    /\\ count = 0
            Receive(n) == /\\ n \\in inbox
                          /\\ inbox' = inbox \\ {n}
                          /\\ count' = IF count < 4 THEN count + 1 ELSE count
            Idle == UNCHANGED <<inbox, count>>
            Next == (\\E n \\in Node : Receive(n)) \\/ Idle
            ====
            """;

    private static Path write(Path dir, String module, String text) throws IOException {
        Files.writeString(dir.resolve(module + ".cfg"), "CONSTANT Node = {1, 2, 3}\nINIT Init\nNEXT Next\n");
        return Files.writeString(dir.resolve(module + ".tla"), text);
    }

    private static CheckRequest model(Path spec) {
        return CheckRequest.builder(spec).workers(1).heapMegabytes(256).build();
    }

    @Test
    void onlyTheWidenedQuorumBreaksAgreementAndTheMutantThatErrorsIsNotCounted(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "Quorums", QUORUMS);
        Candidate agreement = new Candidate("Agreement", "Cardinality(decided) <= 1", "safety", "", "test");
        VettingReport report = new Vetting(RUNNER).vet(model(spec), List.of(agreement), List.of("decided", "leader"));
        VettedCandidate vetted = report.candidates().get(0);
        assertEquals(VettedCandidate.Status.ACCEPTED, vetted.status(), vetted.toString());
        MutantKills widened = vetted.mutantsByKind().stream().filter(m -> m.kind().equals("widened set")).findFirst().orElseThrow();
        // Two widened uses; Elect's errors in TLC and is neither a mutant nor a kill.
        assertEquals(new MutantKills("widened set", 1, 1), widened, vetted.mutantsByKind().toString());
        assertEquals(vetted.mutantsByKind().stream().mapToInt(MutantKills::mutants).sum(), vetted.mutants());
        assertTrue(vetted.checks().get(vetted.checks().size() - 1).matches("kills \\d+ of \\d+ mutants \\(guard .*widened set 1 of 1\\)"),
                vetted.checks().toString());
    }

    @Test
    void keepingAReceivedAckBreaksTheCount(@TempDir Path dir) throws IOException {
        Path spec = write(dir, "Acks", ACKS);
        List<String> counted = List.of("count + Cardinality(inbox) = Cardinality(Node)");
        assertTrue(RUNNER.evaluate(model(spec), counted).verdicts().get(0).holds(), "holds on the spec");
        List<Mutants.Mutant> duplicated = Mutants.of(ACKS, 12).stream()
                .filter(m -> m.kind() == Mutants.Kind.DUPLICATED_MESSAGE).toList();
        assertEquals(1, duplicated.size());
        try (MutantCopy copy = MutantCopy.of(spec, duplicated.get(0).moduleText())) {
            PredicateEvaluation onMutant = RUNNER.evaluate(model(copy.spec()), counted);
            assertTrue(onMutant.verdicts().get(0).refutedBy().isPresent(), onMutant.toString());
            assertTrue(onMutant.verdicts().get(0).rejected().isEmpty(), "the mutant runs: " + onMutant);
        }
    }
}
