package dev.invar.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * TLC in a resident JVM, one run after another, must say exactly what TLC says in a JVM of its own: every
 * small model, run twice in an order that puts different specs one after another, against a one-run JVM.
 */
class ResidentTlcTest {
    private static final Path MODELS = Path.of("src/test/resources/models");
    private static final RunnerOptions COLD = RunnerOptions.defaults(TlaTools.bundled());
    private static final TlcRunner ONE_JVM_PER_RUN = TlcRunner.create(COLD);
    private static final TlcRunner RESIDENT = TlcRunner.create(COLD.withResidentTlc());

    private static CheckRequest model(String name) {
        return CheckRequest.builder(MODELS.resolve(name + ".tla")).workers(1).heapMegabytes(256)
                .timeout(Duration.ofSeconds(60)).build();
    }

    /** What a run says, in the terms a user sees. */
    private static String summary(CheckResult r) {
        return r.verdict() + " distinct=" + r.stats().distinct() + " generated=" + r.stats().generated()
                + " exit=" + r.run().exitCode() + " violation=" + r.violation().map(v -> v.property() + "@" + v.location())
                + " trace=" + r.trace().map(t -> t.states().stream().map(s -> canonical(s.variables())).toList() + " loop "
                + t.loopsBackTo()) + " diagnostics=" + r.diagnostics().stream().map(d -> d.message() + "@" + d.location()).toList();
    }

    /**
     * A state's text up to the order TLC prints record fields and set elements in: TLC orders strings by
     * when they were first interned in its JVM, which differs between a fresh JVM and a resident one.
     */
    private static String canonical(java.util.Map<String, TlaValue> state) {
        java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
        state.forEach((k, v) -> sorted.put(k, canonical(v)));
        return sorted.toString();
    }

    private static String canonical(TlaValue value) {
        if (value instanceof TlaValue.Record r) {
            return canonical(r.fields());
        }
        if (value instanceof TlaValue.SetValue set) {
            return "{" + set.elements().stream().map(ResidentTlcTest::canonical).sorted().toList() + "}";
        }
        if (value instanceof TlaValue.Function f) {
            return "[" + f.mappings().stream().map(m -> canonical(m.key()) + ":" + canonical(m.value())).sorted().toList() + "]";
        }
        if (value instanceof TlaValue.Sequence q) {
            return "<<" + q.elements().stream().map(ResidentTlcTest::canonical).toList() + ">>";
        }
        return value.toString();
    }

    private static List<String> models() throws IOException {
        try (Stream<Path> files = Files.list(MODELS)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cfg")).map(n -> n.replace(".cfg", ""))
                    .filter(n -> !n.equals("Slow")).sorted().toList();
        }
    }

    @Test
    void everyModelSaysWhatItSaysInAJvmOfItsOwn() throws IOException {
        List<String> names = models();
        assertTrue(names.size() >= 12, names.toString());
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < names.size(); i++) {
                // The second pass goes backwards, so every spec also follows a different one.
                String name = names.get(pass == 0 ? i : names.size() - 1 - i);
                CheckResult expected = ONE_JVM_PER_RUN.check(model(name));
                CheckResult resident = RESIDENT.check(model(name));
                assertEquals(summary(expected), summary(resident), name + " (pass " + pass + ")");
            }
        }
    }

    @Test
    void aTimeoutEndsTheResidentJvmAndTheNextRunGetsAFreshOne() {
        CheckResult slow = RESIDENT.check(CheckRequest.builder(MODELS.resolve("Slow.tla")).workers(1).heapMegabytes(256)
                .timeout(Duration.ofSeconds(4)).build());
        assertEquals(Verdict.TIMED_OUT, slow.verdict());
        assertFalse(slow.passed());
        assertTrue(slow.run().exitCode().isEmpty());
        CheckResult next = RESIDENT.check(model("Cycle"));
        assertEquals(Verdict.SUCCESS, next.verdict(), next.toString());
        assertEquals(4, next.stats().distinct());
    }

    @Test
    void inductionProbesAgree() {
        // MutualExclusion alone is not inductive: a waiting process may acquire a lock that is held.
        InductionQuery query = new InductionQuery("pc \\in [Procs -> {\"idle\", \"waiting\", \"critical\"}] /\\ holder \\in SUBSET Procs",
                "MutualExclusion", Optional.of("MutualExclusion"), List.of(), List.of(), Optional.empty(), 1000);
        String expected = summaryOf(ONE_JVM_PER_RUN.probeInduction(model("Lock"), query));
        assertTrue(expected.startsWith("[{"), expected);
        assertEquals(expected, summaryOf(RESIDENT.probeInduction(model("Lock"), query)));
    }

    private static String summaryOf(InductionProbe probe) {
        return probe.counterexamples().stream().map(c -> c.state() + "->" + c.successor()).sorted().toList() + " "
                + probe.run().verdict() + " " + probe.run().stats().distinct();
    }
}
