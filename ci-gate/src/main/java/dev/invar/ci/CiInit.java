package dev.invar.ci;

import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.TlcRunner;
import dev.invar.tlc.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Writes a starting {@code invar.json}: finds every {@code Spec.tla} with a {@code Spec.cfg} beside it,
 * checks each once, and records the verdict it gave and its distinct-state count as the floor.
 */
public final class CiInit {
    private final TlcRunner runner;

    public CiInit(TlcRunner runner) {
        this.runner = runner;
    }

    /** The discovered models with what TLC measured; a model that timed out or failed to run gets no bounds. */
    public CiProject discover(Path root, Duration budgetPerModel) {
        List<CiModel> models = new ArrayList<>();
        for (Path spec : pairs(root.toAbsolutePath().normalize())) {
            String relative = root.toAbsolutePath().normalize().relativize(spec).toString();
            String name = relative.replaceAll("\\.tla$", "");
            CheckResult r = runner.check(CheckRequest.builder(spec).workers(1).timeout(budgetPerModel).build());
            Expectation expect = r.verdict().isViolation()
                    ? new Expectation(r.verdict().id(), r.violation().flatMap(Violation::property))
                    : Expectation.success();
            StateBounds bounds = r.passed() ? new StateBounds(OptionalLong.of(r.stats().distinct()), OptionalLong.empty())
                    : StateBounds.none();
            int budget = (int) Math.max(60, r.run().wallTime().toSeconds() * 10);
            models.add(new CiModel(name, relative, Optional.of(name + ".cfg"), Map.of(), List.of(), List.of(), expect, bounds,
                    OptionalInt.of(budget), OptionalInt.empty()));
        }
        return new CiProject(1, models);
    }

    private static List<Path> pairs(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".tla"))
                    .filter(p -> root.relativize(p).toString().split("/").length < 8)
                    .filter(p -> !root.relativize(p).toString().matches("(.*/)?(target|node_modules|\\.[^/]+)/.*"))
                    .filter(p -> Files.isRegularFile(p.resolveSibling(p.getFileName().toString().replaceAll("\\.tla$", ".cfg"))))
                    .sorted().toList();
        } catch (IOException e) {
            throw new CiException("cannot search " + root + ": " + e.getMessage(), e);
        }
    }
}
