package dev.invar.ci;

import dev.invar.ci.internal.CacheKey;
import dev.invar.ci.internal.DefinitionLocator;
import dev.invar.ci.internal.Git;
import dev.invar.ci.internal.ModuleClosure;
import dev.invar.ci.internal.ResultCache;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.TlcRunner;
import dev.invar.tlc.Verdict;
import dev.invar.tlc.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks a project's models: selects them (changed since a revision, one shard), checks several at once
 * within the machine's cores, reuses cached verdicts of unchanged models, and judges every outcome
 * against its expectation.
 */
public final class CiGate {
    private static final Duration DEFAULT_MODEL_TIMEOUT = Duration.ofMinutes(30);

    private final TlcRunner runner;
    private final String toolsDigest;

    public CiGate(TlcRunner runner) {
        this.runner = runner;
        this.toolsDigest = CacheKey.digest(runner.tools().jar());
    }

    public CiReport run(CiProject project, Path root, CiOptions options, CiListener listener) {
        Instant start = Instant.now();
        Path base = root.toAbsolutePath().normalize();
        List<CiModel> selected = select(project, base, options);
        int jobs = options.jobs().orElse(Math.max(1, Runtime.getRuntime().availableProcessors()
                / selected.stream().mapToInt(m -> m.workers().orElse(1)).max().orElse(1)));
        int heap = Math.max(256, dev.invar.tlc.RunnerOptions.defaultHeapMegabytes() / Math.max(1, jobs));
        Optional<Instant> deadline = options.overallTimeout().map(start::plus);
        ResultCache cache = new ResultCache(base.resolve(".invar/cache"));
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(jobs);
        try {
            List<Future<ModelOutcome>> futures = new ArrayList<>();
            for (CiModel model : selected) {
                futures.add(pool.submit(() -> {
                    if (stop.get()) {
                        return skipped(model, "not checked: an earlier model failed (--fail-fast)");
                    }
                    listener.started(model);
                    ModelOutcome outcome = check(model, base, options, deadline, heap, cache);
                    if (!outcome.passed() && options.failFast()) {
                        stop.set(true);
                    }
                    listener.finished(outcome);
                    return outcome;
                }));
            }
            List<ModelOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), selected.get(i)));
            }
            return new CiReport(outcomes, project.models().size() - selected.size(), Duration.between(start, Instant.now()));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<CiModel> select(CiProject project, Path root, CiOptions options) {
        List<CiModel> models = new ArrayList<>(project.models());
        if (options.changedSince().isPresent()) {
            Set<Path> changed = Git.changedSince(root, options.changedSince().get());
            if (!changed.contains(root.resolve(CiProject.FILE_NAME))) {
                models.removeIf(m -> ModuleClosure.of(spec(root, m), config(root, m)).stream().noneMatch(changed::contains));
            }
        }
        if (options.shard().isPresent()) {
            List<String> names = models.stream().map(CiModel::name).sorted().toList();
            models.removeIf(m -> !options.shard().get().includes(names.indexOf(m.name())));
        }
        return models;
    }

    private ModelOutcome check(CiModel model, Path root, CiOptions options, Optional<Instant> deadline, int heap,
                               ResultCache cache) {
        Path spec = spec(root, model);
        if (!Files.isRegularFile(spec)) {
            return failed(model, ModelOutcome.Status.ERROR, "spec " + model.spec() + " does not exist");
        }
        Set<Path> closure = ModuleClosure.of(spec, config(root, model));
        String key = CacheKey.of(root, closure, toolsDigest, definition(model));
        if (options.useCache()) {
            Optional<ResultCache.Entry> hit = cache.get(key);
            if (hit.isPresent()) {
                ResultCache.Entry e = hit.get();
                return judged(model, e.verdict(), e.property(), e.distinct(), e.generated(), Duration.ofMillis(e.durationMillis()),
                        true, Optional.empty(), closure);
            }
        }
        Duration timeout = options.modelTimeout().orElse(model.timeoutSeconds().isPresent()
                ? Duration.ofSeconds(model.timeoutSeconds().getAsInt()) : DEFAULT_MODEL_TIMEOUT);
        if (deadline.isPresent()) {
            Duration left = Duration.between(Instant.now(), deadline.get());
            if (left.isNegative() || left.isZero()) {
                return failed(model, ModelOutcome.Status.TIMED_OUT, "not checked: the overall time limit was reached");
            }
            timeout = left.compareTo(timeout) < 0 ? left : timeout;
        }
        CheckRequest.Builder request = CheckRequest.builder(spec).workers(model.workers().orElse(1)).heapMegabytes(heap)
                .timeout(timeout).overrides(new ModelOverrides(model.constants(), model.invariants(), model.properties(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        model.config().ifPresent(c -> request.config(root.resolve(c)));
        CheckResult result;
        try {
            result = runner.check(request.build());
        } catch (RuntimeException e) {
            return failed(model, ModelOutcome.Status.ERROR, e.getMessage());
        }
        Optional<String> property = result.violation().flatMap(Violation::property);
        if (result.verdict() == Verdict.TIMED_OUT || result.verdict() == Verdict.CANCELLED) {
            return new ModelOutcome(model, ModelOutcome.Status.TIMED_OUT, "timed out after " + timeout.toSeconds() + "s",
                    result.verdict().id(), property, Optional.empty(), result.stats().distinct(), result.stats().generated(),
                    result.run().wallTime(), false, Optional.of(result));
        }
        if (!result.verdict().isSuccess() && !result.verdict().isViolation()) {
            String why = result.diagnostics().isEmpty() ? result.verdict().id()
                    : result.verdict().id() + ": " + result.diagnostics().get(0).oneLine();
            return new ModelOutcome(model, ModelOutcome.Status.ERROR, why, result.verdict().id(), property,
                    Optional.empty(), result.stats().distinct(), result.stats().generated(), result.run().wallTime(),
                    false, Optional.of(result));
        }
        cache.put(key, new ResultCache.Entry(result.verdict().id(), property, result.stats().distinct(),
                result.stats().generated(), result.run().wallTime().toMillis(), result.run().tlcVersion().orElse("")));
        return judged(model, result.verdict().id(), property, result.stats().distinct(), result.stats().generated(),
                result.run().wallTime(), false, Optional.of(result), closure);
    }

    private static ModelOutcome judged(CiModel model, String verdict, Optional<String> property, long distinct, long generated,
                                       Duration duration, boolean cached, Optional<CheckResult> result, Set<Path> closure) {
        Optional<String> failure = Judgement.failure(model, verdict, property, distinct);
        return new ModelOutcome(model, failure.isEmpty() ? ModelOutcome.Status.PASSED : ModelOutcome.Status.FAILED,
                failure.orElse(""), verdict, property, property.flatMap(p -> DefinitionLocator.find(p, closure)),
                distinct, generated, duration, cached, result);
    }

    private static ModelOutcome failed(CiModel model, ModelOutcome.Status status, String reason) {
        return new ModelOutcome(model, status, reason, "not-checked", Optional.empty(), Optional.empty(), -1, -1,
                Duration.ZERO, false, Optional.empty());
    }

    private static ModelOutcome skipped(CiModel model, String reason) {
        return failed(model, ModelOutcome.Status.SKIPPED, reason);
    }

    private static ModelOutcome await(Future<ModelOutcome> future, CiModel model) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(model, ModelOutcome.Status.SKIPPED, "cancelled");
        } catch (ExecutionException e) {
            return failed(model, ModelOutcome.Status.ERROR, String.valueOf(e.getCause().getMessage()));
        }
    }

    /** Everything of the model's definition that changes its verdict, for the cache key. */
    private static String definition(CiModel m) {
        return String.join("\u0001", m.spec(), m.config().orElse(""), String.valueOf(m.constants()),
                String.valueOf(m.invariants()), String.valueOf(m.properties()));
    }

    static Path spec(Path root, CiModel model) {
        return root.resolve(model.spec()).normalize();
    }

    static Path config(Path root, CiModel model) {
        Path spec = spec(root, model);
        return model.config().map(c -> root.resolve(c).normalize())
                .orElse(spec.resolveSibling(spec.getFileName().toString().replaceAll("\\.tla$", "") + ".cfg"));
    }

}
