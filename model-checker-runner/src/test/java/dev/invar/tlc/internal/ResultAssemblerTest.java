package dev.invar.tlc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Diagnostic;
import dev.invar.tlc.Mode;
import dev.invar.tlc.SourceLocation;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcEvent;
import dev.invar.tlc.Trace;
import dev.invar.tlc.TraceState;
import dev.invar.tlc.Verdict;
import dev.invar.tlc.Violation;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The verdict and details TLC's recorded outputs must yield. */
class ResultAssemblerTest {

    @Test
    void success() {
        CheckResult r = RecordedOutput.result("Ok", Mode.MODEL_CHECK, 0);
        assertEquals(Verdict.SUCCESS, r.verdict());
        assertEquals(5, r.stats().generated());
        assertEquals(4, r.stats().distinct());
        assertEquals(0, r.stats().leftOnQueue());
        assertEquals(4, r.stats().depth());
        assertEquals(2.2E-19, r.stats().fingerprintCollisionProbability().getAsDouble());
        assertEquals(1, r.stats().workers().getAsInt());
        assertTrue(r.stats().seed().isPresent());
        assertEquals(Optional.of("2.18 of 20 March 2023"), r.run().tlcVersion());
    }

    @Test
    void noFalseGreenWhenTlcExitsNonZeroAfterSayingItCompleted() {
        assertEquals(Verdict.CRASHED, RecordedOutput.result("Ok", Mode.MODEL_CHECK, 1).verdict());
    }

    @Test
    void noFalseGreenWhenOutputStopsBeforeTlcSaysItCompleted() {
        ResultAssembler assembler = new ResultAssembler();
        EventTranslator translator = new EventTranslator(assembler::onEvent);
        List<String> lines = RecordedOutput.lines("Ok");
        ToolMessageParser.parseAll(lines.subList(0, lines.size() / 2)).forEach(translator::accept);
        CheckResult r = assembler.assemble(ProcessOutcome.exited(Mode.MODEL_CHECK, 0), UnaryOperator.identity());
        assertEquals(Verdict.CRASHED, r.verdict());
    }

    @Test
    void aViolationIsNeverSuccessEvenIfTlcSaysCompletedAndExitsZero() {
        // tlaplus#1385: with -continue, TLC finished "without error" and exited 0 after violations.
        ResultAssembler assembler = new ResultAssembler();
        assembler.onEvent(new TlcEvent.ViolationFound(new Violation(Verdict.SAFETY_VIOLATION, Optional.of("Inv"), "Invariant Inv is violated.",
                Optional.empty(), Optional.empty())));
        assembler.onEvent(new TlcEvent.Completed(Optional.empty()));
        assembler.onEvent(new TlcEvent.Finished(java.time.Duration.ZERO));
        CheckResult r = assembler.assemble(ProcessOutcome.exited(Mode.MODEL_CHECK, 0), UnaryOperator.identity());
        assertEquals(Verdict.SAFETY_VIOLATION, r.verdict());
    }

    @Test
    void invariantViolationInTheInitialState() {
        CheckResult r = RecordedOutput.result("Vals", Mode.MODEL_CHECK, 12);
        assertEquals(Verdict.SAFETY_VIOLATION, r.verdict());
        assertEquals(Optional.of("Bad"), r.violation().orElseThrow().property());
        Trace t = r.trace().orElseThrow();
        assertEquals(1, t.length());
        TraceState s = t.states().get(0);
        assertTrue(s.isInitial());
        TlaValue.Record v = (TlaValue.Record) s.variables().get("v");
        assertEquals(new TlaValue.Str("a\"b\\c\nd"), v.fields().get("s"));
        assertEquals(new TlaValue.Opaque("1..3"), v.fields().get("r"));
    }

    @Test
    void actionPropertyViolationIsASafetyViolationWithTrace() {
        CheckResult r = RecordedOutput.result("Act", Mode.MODEL_CHECK, 13);
        assertEquals(Verdict.SAFETY_VIOLATION, r.verdict());
        assertEquals(Optional.of("Mono"), r.violation().orElseThrow().property());
        Trace t = r.trace().orElseThrow();
        assertEquals(4, t.length());
        TraceState second = t.states().get(1);
        assertEquals("Next", second.action());
        assertEquals(SourceLocation.of("Act", 5, 9, 5, 24), second.location().orElseThrow());
        assertEquals(TlaValue.Int.of(1), second.variables().get("x"));
    }

    @Test
    void livenessLassoKnowsWhereItLoopsBack() {
        CheckResult r = RecordedOutput.result("Live", Mode.MODEL_CHECK, 13);
        assertEquals(Verdict.LIVENESS_VIOLATION, r.verdict());
        Trace t = r.trace().orElseThrow();
        assertEquals(3, t.length());
        assertEquals(Optional.of(1), t.loopsBackTo());
        assertEquals(Optional.of("Next"), t.loopAction());
    }

    @Test
    void livenessEndingInStuttering() {
        Trace t = RecordedOutput.result("Stut", Mode.MODEL_CHECK, 13).trace().orElseThrow();
        assertEquals(3, t.length());
        assertTrue(t.states().get(2).isStuttering());
        assertFalse(t.isLasso());
    }

    @Test
    void deadlockWithTrace() {
        CheckResult r = RecordedOutput.result("Dead", Mode.MODEL_CHECK, 11);
        assertEquals(Verdict.DEADLOCK, r.verdict());
        assertEquals(3, r.trace().orElseThrow().length());
    }

    @Test
    void assertFailureWithItsMessage() {
        CheckResult r = RecordedOutput.result("Asrt", Mode.MODEL_CHECK, 14);
        assertEquals(Verdict.ASSERT_FAILURE, r.verdict());
        assertTrue(r.violation().orElseThrow().message().contains("x too big"));
        assertEquals(SourceLocation.of("Asrt", 5, 23, 5, 48), r.violation().orElseThrow().location().orElseThrow());
    }

    @Test
    void falseAssumptionIsLocated() {
        CheckResult r = RecordedOutput.result("Assm", Mode.MODEL_CHECK, 10);
        assertEquals(Verdict.ASSUMPTION_FAILURE, r.verdict());
        assertEquals(SourceLocation.of("Assm", 4, 8, 4, 12), r.violation().orElseThrow().location().orElseThrow());
    }

    @Test
    void evaluationErrorPointsAtTheInnermostExpression() {
        CheckResult r = RecordedOutput.result("Eval", Mode.MODEL_CHECK, 75);
        assertEquals(Verdict.EVALUATION_ERROR, r.verdict());
        Violation v = r.violation().orElseThrow();
        assertTrue(v.message().contains("out of domain"), v.message());
        assertEquals(SourceLocation.of("Eval", 5, 16, 5, 19), v.location().orElseThrow());
        assertEquals(1, v.trace().orElseThrow().length());
    }

    @Test
    void anErrorInAnActionConstraintIsAnEvaluationErrorInTheSpecsOwnWords() {
        // TLC reports it as an unexpected exception, wrapped twice; what the user needs is the message inside.
        CheckResult r = RecordedOutput.result("Constr", Mode.MODEL_CHECK, 75);
        assertEquals(Verdict.EVALUATION_ERROR, r.verdict());
        assertTrue(r.violation().orElseThrow().message().startsWith("Attempted to apply tuple"), r.violation().orElseThrow().message());
    }

    @Test
    void anExceptionOfTlcsOwnCodeIsACrashNotAnErrorOfTheSpec() {
        CheckResult r = RecordedOutput.result("Fault", Mode.MODEL_CHECK, 75);
        assertEquals(Verdict.CRASHED, r.verdict());
        assertTrue(r.violations().isEmpty());
        assertEquals("TLC failed inside its own code (java.lang.ArithmeticException: Division by zero), not in the spec",
                r.diagnostics().get(0).message());
    }

    @Test
    void syntaxErrorIsLocated() {
        CheckResult r = RecordedOutput.result("Pars", Mode.MODEL_CHECK, 150);
        assertEquals(Verdict.PARSE_ERROR, r.verdict());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(SourceLocation.of("Pars", 4, 15, 4, 15), d.location().orElseThrow());
        assertTrue(d.message().contains("\"0\""), d.message());
    }

    @Test
    void semanticErrorIsLocated() {
        CheckResult r = RecordedOutput.result("Undef", Mode.MODEL_CHECK, 150);
        assertEquals(Verdict.PARSE_ERROR, r.verdict());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(SourceLocation.of("Undef", 5, 14, 5, 14), d.location().orElseThrow());
        assertEquals("Unknown operator: `y'.", d.message());
    }

    @Test
    void configErrors() {
        assertEquals(Verdict.CONFIG_ERROR, RecordedOutput.result("Cfgx", Mode.MODEL_CHECK, 151).verdict());
        CheckResult unassigned = RecordedOutput.result("ConstUnassigned", Mode.MODEL_CHECK, 151);
        assertEquals(Verdict.CONFIG_ERROR, unassigned.verdict());
        assertTrue(unassigned.diagnostics().get(0).message().contains("N is not assigned"));
        CheckResult missing = RecordedOutput.result("Missing", Mode.MODEL_CHECK, 255);
        assertEquals(Verdict.CONFIG_ERROR, missing.verdict());
        assertTrue(missing.diagnostics().get(0).message().contains("File not found"));
        assertEquals(Verdict.CONFIG_ERROR, RecordedOutput.result("ValsConstInv", Mode.MODEL_CHECK, 151).verdict());
    }

    @Test
    void simulation() {
        CheckResult ok = RecordedOutput.result("SimOk", Mode.SIMULATE, 0);
        assertEquals(Verdict.SUCCESS, ok.verdict());
        assertEquals(16, ok.stats().generated());
        CheckResult bad = RecordedOutput.result("Sim", Mode.SIMULATE, 13);
        assertEquals(Verdict.LIVENESS_VIOLATION, bad.verdict());
        assertEquals(Optional.of(1), bad.trace().orElseThrow().loopsBackTo());
    }

    @Test
    void everyLineIsAnEventAndUnknownCodesAreKept() {
        List<TlcEvent> events = RecordedOutput.events("Live");
        assertTrue(events.stream().anyMatch(e -> e instanceof TlcEvent.Message m && m.code() == 2212));
        assertTrue(events.stream().anyMatch(e -> e instanceof TlcEvent.RawLine r && r.text().startsWith("Parsing file")));
    }
}
