package dev.invar.cli.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.invar.library.Model;
import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import dev.invar.tlc.CheckRequest;
import dev.invar.tlc.CheckResult;
import dev.invar.tlc.RunnerOptions;
import dev.invar.tlc.TlaTools;
import dev.invar.tlc.TlcRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model and seeded-bug variant of the library reproduces, with real TLC, the verdict, violated
 * property, exact state counts and counterexample length its manifest promises. A variant TLC does
 * not catch, or a model whose counts drift, fails the build. Large models run with -Pslow.
 */
@Execution(ExecutionMode.CONCURRENT)
class LibraryModelsTest {
    private static final SpecLibrary LIBRARY = SpecLibrary.bundled();
    private static final TlcRunner RUNNER = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));

    @TempDir
    static Path copies;

    static Stream<Arguments> smallModelsAndVariants() {
        return LIBRARY.list().stream().flatMap(p -> Stream.concat(
                p.models().stream().filter(Model::small).map(m -> Arguments.of(p.id(), "model " + m.name(), m)),
                p.variants().stream().map(v -> Arguments.of(p.id(), "variant " + v.name(), v.asModel()))));
    }

    static Stream<Arguments> largeModels() {
        return LIBRARY.list().stream().flatMap(p -> p.models().stream().filter(m -> !m.small())
                .map(m -> Arguments.of(p.id(), "model " + m.name(), m)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("smallModelsAndVariants")
    void reproducesItsExpectedResult(String id, String what, Model model) {
        assertReproduces(LIBRARY.get(id), model);
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("largeModels")
    void largeModelReproducesItsExpectedResult(String id, String what, Model model) {
        assertReproduces(LIBRARY.get(id), model);
    }

    private static void assertReproduces(Protocol protocol, Model model) {
        Path dir = copyOf(protocol);
        CheckResult result = RUNNER.check(CheckRequest.builder(dir.resolve(model.module() + ".tla"))
                .config(dir.resolve(model.config())).workers(1).heapMegabytes(1024)
                .timeout(Duration.ofSeconds(Math.max(120, model.timeBudgetSeconds() * 3L))).build());
        String where = protocol.id() + " " + model.name() + ": " + result.verdict() + " " + result.diagnostics();
        assertEquals(model.expected().verdict(), result.verdict().id(), where);
        if (model.expected().success()) {
            assertEquals(model.expected().distinctStates().getAsLong(), result.stats().distinct(), where + " distinct states");
            assertEquals(model.expected().totalStates().getAsLong(), result.stats().generated(), where + " total states");
        } else {
            model.expected().property().ifPresent(p -> assertEquals(Optional.of(p), result.violation().orElseThrow().property(), where));
            assertEquals(model.expected().traceLength().getAsInt(), result.trace().orElseThrow().length(), where + " trace length");
        }
    }

    /** One private copy per protocol, shared by its models (TLC only reads it). */
    private static synchronized Path copyOf(Protocol protocol) {
        Path dir = copies.resolve(protocol.id());
        if (!Files.exists(dir)) {
            LIBRARY.materialize(protocol, dir);
        }
        return dir;
    }
}
