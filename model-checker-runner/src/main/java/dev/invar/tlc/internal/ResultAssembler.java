package dev.invar.tlc.internal;

import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Diagnostic;
import dev.invar.tlc.Mode;
import dev.invar.tlc.RunInfo;
import dev.invar.tlc.SourceLocation;
import dev.invar.tlc.Stats;
import dev.invar.tlc.TlcEvent;
import dev.invar.tlc.TlcListener;
import dev.invar.tlc.Trace;
import dev.invar.tlc.TraceState;
import dev.invar.tlc.Verdict;
import dev.invar.tlc.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;

/**
 * Collects a run's events and decides its verdict. The verdict is success only if TLC said the check
 * completed (or, in simulation, finished), exited 0, and reported no violation, error or JVM failure;
 * anything else that is not recognised is a crash. Thread-safe: stdout and stderr feed it concurrently.
 */
public final class ResultAssembler implements TlcListener {
    private static final int KEPT_RAW_LINES = 12;

    private final List<PendingViolation> violations = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Deque<String> lastRawLines = new ArrayDeque<>();
    private Optional<String> version = Optional.empty();
    private Optional<TlcEvent.Started> started = Optional.empty();
    private Optional<TlcEvent.Progress> progress = Optional.empty();
    private Optional<TlcEvent.StatesReported> states = Optional.empty();
    private OptionalInt depth = OptionalInt.empty();
    private Optional<TlcEvent.Completed> completed = Optional.empty();
    private Optional<TlcEvent.JvmFailure> jvmFailure = Optional.empty();
    private boolean finished;

    /** A violation whose trace is still arriving. */
    private static final class PendingViolation {
        Violation violation;
        final List<TraceState> states = new ArrayList<>();
        Optional<TlcEvent.LoopBack> loop = Optional.empty();

        PendingViolation(Violation violation) {
            this.violation = violation;
        }

        Violation build() {
            if (states.isEmpty()) {
                return violation;
            }
            return violation.withTrace(new Trace(states, loop.map(TlcEvent.LoopBack::stateNumber),
                    loop.map(TlcEvent.LoopBack::action).filter(a -> !a.isEmpty())));
        }
    }

    @Override
    public synchronized void onEvent(TlcEvent event) {
        if (event instanceof TlcEvent.VersionReported v) {
            version = Optional.of(v.version());
        } else if (event instanceof TlcEvent.Started s) {
            started = Optional.of(s);
        } else if (event instanceof TlcEvent.Progress p) {
            progress = Optional.of(p);
        } else if (event instanceof TlcEvent.ViolationFound v) {
            violations.add(new PendingViolation(v.violation()));
        } else if (event instanceof TlcEvent.TraceStateFound t) {
            current().ifPresent(p -> p.states.add(t.state()));
        } else if (event instanceof TlcEvent.LoopBack l) {
            current().ifPresent(p -> p.loop = Optional.of(l));
        } else if (event instanceof TlcEvent.ErrorPositions e) {
            current().filter(p -> !e.positions().isEmpty() && p.violation.location().isEmpty())
                    // The last position is the innermost expression TLC was evaluating.
                    .ifPresent(p -> p.violation = p.violation.withLocation(e.positions().get(e.positions().size() - 1)));
        } else if (event instanceof TlcEvent.ErrorReported e) {
            diagnostics.add(e.diagnostic());
        } else if (event instanceof TlcEvent.Completed c) {
            completed = Optional.of(c);
        } else if (event instanceof TlcEvent.StatesReported s) {
            states = Optional.of(s);
        } else if (event instanceof TlcEvent.DepthReported d) {
            depth = OptionalInt.of(d.depth());
        } else if (event instanceof TlcEvent.Finished) {
            finished = true;
        } else if (event instanceof TlcEvent.JvmFailure f && jvmFailure.isEmpty()) {
            jvmFailure = Optional.of(f);
        } else if (event instanceof TlcEvent.RawLine r) {
            keep(r.text());
        }
    }

    private Optional<PendingViolation> current() {
        return violations.isEmpty() ? Optional.empty() : Optional.of(violations.get(violations.size() - 1));
    }

    private void keep(String line) {
        if (line.isBlank() || line.startsWith("Parsing file") || line.startsWith("Semantic processing")) {
            return;
        }
        lastRawLines.addLast(line.strip());
        if (lastRawLines.size() > KEPT_RAW_LINES) {
            lastRawLines.removeFirst();
        }
    }

    /**
     * Decides the result.
     *
     * @param locate gives a location its file, where the module is known
     */
    public synchronized CheckResult assemble(ProcessOutcome outcome, UnaryOperator<SourceLocation> locate) {
        Stats stats = stats(outcome);
        RunInfo run = new RunInfo(outcome.mode(), version, outcome.exitCode(), outcome.wallTime(),
                outcome.commandLine(), outcome.model(), outcome.generatedFiles());
        List<Violation> found = violations.stream().map(PendingViolation::build).map(v -> located(v, locate)).toList();
        List<Diagnostic> errors = diagnostics.stream()
                .map(d -> new Diagnostic(d.kind(), d.code(), d.message(), d.location().map(locate))).toList();
        if (!found.isEmpty()) {
            return CheckResult.violated(found, stats, run);
        }
        if (!errors.isEmpty()) {
            return CheckResult.failed(errors.get(0).kind(), errors, stats, run);
        }
        if (jvmFailure.isPresent()) {
            TlcEvent.JvmFailure f = jvmFailure.get();
            Verdict verdict = f.kind() == TlcEvent.JvmFailure.Kind.OUT_OF_MEMORY ? Verdict.OUT_OF_MEMORY : Verdict.CRASHED;
            return CheckResult.failed(verdict, List.of(new Diagnostic(verdict, 0, f.text(), Optional.empty())), stats, run);
        }
        if (outcome.cancelled()) {
            return new CheckResult(Verdict.CANCELLED, List.of(), List.of(), stats, run);
        }
        if (outcome.timedOut()) {
            return CheckResult.timedOut(List.of(), stats, run);
        }
        boolean exitedCleanly = outcome.exitCode().isPresent() && outcome.exitCode().getAsInt() == 0;
        boolean tlcSaidDone = outcome.mode() == Mode.SIMULATE ? finished : completed.isPresent() && finished;
        if (exitedCleanly && tlcSaidDone) {
            return CheckResult.passed(stats, run);
        }
        return CheckResult.failed(Verdict.CRASHED, List.of(crash(outcome)), stats, run);
    }

    private static Violation located(Violation v, UnaryOperator<SourceLocation> locate) {
        Violation result = v.location().map(l -> v.withLocation(locate.apply(l))).orElse(v);
        return result.trace().map(t -> result.withTrace(new Trace(t.states().stream()
                .map(s -> new TraceState(s.number(), s.action(), s.location().map(locate), s.kind(), s.variables()))
                .toList(), t.loopsBackTo(), t.loopAction()))).orElse(result);
    }

    private Diagnostic crash(ProcessOutcome outcome) {
        String code = outcome.exitCode().isPresent() ? "exited with code " + outcome.exitCode().getAsInt() : "was killed";
        String tail = String.join("\n", lastRawLines);
        String message = "TLC " + code + " without a verdict" + (tail.isEmpty() ? "" : ": " + tail);
        return new Diagnostic(Verdict.CRASHED, 0, message, Optional.empty());
    }

    private Stats stats(ProcessOutcome outcome) {
        long generated = states.map(TlcEvent.StatesReported::generated).or(() -> progress.map(TlcEvent.Progress::generated)).orElse(-1L);
        long distinct = states.map(TlcEvent.StatesReported::distinct).or(() -> progress.map(TlcEvent.Progress::distinct)).orElse(-1L);
        long queue = states.map(TlcEvent.StatesReported::leftOnQueue).or(() -> progress.map(TlcEvent.Progress::leftOnQueue)).orElse(-1L);
        int searchDepth = depth.isPresent() ? depth.getAsInt() : progress.map(TlcEvent.Progress::depth).orElse(-1);
        OptionalDouble probability = completed.flatMap(TlcEvent.Completed::fingerprintCollisionProbability)
                .map(OptionalDouble::of).orElse(OptionalDouble.empty());
        return new Stats(generated, distinct, queue, searchDepth, outcome.wallTime(), probability,
                started.map(TlcEvent.Started::seed).orElse(OptionalLong.empty()),
                started.map(TlcEvent.Started::fingerprintIndex).orElse(OptionalInt.empty()),
                started.map(TlcEvent.Started::workers).orElse(OptionalInt.empty()));
    }
}
