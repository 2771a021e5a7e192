package dev.invar.assistant.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcRunner;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker tools' backing on real TLC, with the library's two-phase commit (683 reachable states). */
class ModelCheckerAccessTest {
    private static final Path TWO_PHASE = Path.of("../spec-library/src/main/resources/specs/two-phase-commit/TwoPhase.tla");
    private static final List<String> VARIABLES = List.of("rmState", "tmState", "tmPrepared", "tmUp", "tmCrashes", "msgs");

    private final ModelCheckerAccess access = new ModelCheckerAccess(TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled())),
            CheckRequest.builder(TWO_PHASE).workers(1).heapMegabytes(256).build(), VARIABLES);

    @Test
    void aWellFormedPredicateParsesWithoutExploringAndAnUnknownNameIsSanysError() {
        assertEquals("ok", access.parse("\\A r \\in RM : rmState[r] = \"committed\" => tmState = \"committed\""));
        String error = access.parse("tmState \\in TMStates");
        assertTrue(error.startsWith("parse error:") && error.contains("TMStates"), error);
    }

    @Test
    void aTrueCandidateHoldsOnEveryReachableStateWithTheConstantsNamed() {
        assertEquals("holds on all 683 distinct reachable states of the model (RM = {r1, r2, r3}, MaxTMCrashes = 1)"
                        + " (an exhaustive check of this model, not a proof for other constants)",
                access.checkCandidate("\\A r \\in RM : rmState[r] = \"committed\" => tmState = \"committed\""));
    }
}
