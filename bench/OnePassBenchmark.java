import dev.invar.assistant.Assistant;
import dev.invar.assistant.Candidate;
import dev.invar.assistant.DraftBudget;
import dev.invar.assistant.builtin.BuiltinDrafter;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.PredicateEvaluation;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deciding N drafted invariants: one pass over the states (Invar) against one TLC run per candidate.
 * Run from the repository root after building the CLI:
 *   java -cp "cli/target/invar-cli.jar:cli/target/lib/*" bench/OnePassBenchmark.java SPEC.tla N ROUNDS
 */
public class OnePassBenchmark {
    public static void main(String[] args) {
        Path spec = Path.of(args.length > 0 ? args[0] : "spec-library/src/main/resources/specs/two-phase-commit/TwoPhase.tla");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        TlcRunner runner = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));
        CheckRequest model = CheckRequest.builder(spec).workers(1).heapMegabytes(1024).build();
        List<String> candidates = new BuiltinDrafter().draft(Assistant.context(model), new DraftBudget(n, 0, Duration.ofMinutes(1)))
                .stream().map(Candidate::expression).toList();
        System.out.println("spec,candidates,round,variant,millis,holding");
        List<Long> onePass = new ArrayList<>();
        List<Long> perCandidate = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            long start = System.nanoTime();
            PredicateEvaluation e = runner.evaluate(model, candidates);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long holding = e.verdicts().stream().filter(v -> v.holds()).count();
            onePass.add(ms);
            System.out.println(spec.getFileName() + "," + candidates.size() + "," + r + ",one-pass," + ms + "," + holding);
            start = System.nanoTime();
            long held = 0;
            for (String c : candidates) {
                CheckResult result = runner.check(model.toBuilder().overrides(new ModelOverrides(Map.of(), List.of(c), List.of(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false))).build());
                held += result.passed() ? 1 : 0;
            }
            ms = (System.nanoTime() - start) / 1_000_000;
            perCandidate.add(ms);
            System.out.println(spec.getFileName() + "," + candidates.size() + "," + r + ",run-per-candidate," + ms + "," + held);
        }
        long a = median(onePass);
        long b = median(perCandidate);
        System.out.printf("median one pass %d ms, one run per candidate %d ms, ratio %.1fx%n", a, b, (double) b / a);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
