package dev.invar.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every manifest is complete and agrees with the files it names (TLC runs them in the cli module's tests). */
class SpecLibraryTest {
    private static final SpecLibrary LIBRARY = SpecLibrary.bundled();
    private static final Set<String> TAGS = Set.of("replication", "leader-election", "commit", "consensus", "clocks",
            "crdt", "storage", "streaming", "messaging");
    private static final Set<String> VERDICTS = Set.of("success", "safety-violation", "liveness-violation", "deadlock");

    static Stream<Protocol> protocols() {
        return LIBRARY.list().stream();
    }

    @Test
    void theLibraryHasItsProtocols() {
        assertEquals(13, LIBRARY.list().size(), "the thirteen protocols of the library");
        assertEquals(LIBRARY.list().stream().map(Protocol::id).sorted().toList(),
                LIBRARY.list().stream().map(Protocol::id).toList());
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void manifestAgreesWithItsFiles(Protocol p) {
        List<String> files = LIBRARY.files(p);
        assertTrue(files.contains("README.md"), p.id() + " has a README");
        assertTrue(files.contains(p.mainModule() + ".tla"), p.id() + " has its main module");
        p.modules().forEach(m -> assertTrue(files.contains(m), p.id() + " lists " + m + " but has no such file"));
        assertTrue(p.tags().stream().allMatch(TAGS::contains), p.id() + " tags " + p.tags());
        assertFalse(p.summary().isBlank());
        String main = LIBRARY.read(p, p.mainModule() + ".tla");
        assertEquals("TypeOK", p.invariants().get(0).name(), p.id() + ": TypeOK first");
        for (NamedFormula f : concat(p.invariants(), p.properties())) {
            assertTrue(Pattern.compile("(?m)^" + Pattern.quote(f.name()) + "\\s*(\\(.*\\))?\\s*==").matcher(main).find(),
                    p.id() + ": " + f.name() + " is defined in " + p.mainModule());
            assertFalse(f.description().isBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void manifestMatchesTheDocumentedSchema(Protocol p) throws IOException {
        com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory
                .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("../docs/library-manifest-schema.json")));
        var errors = schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(LIBRARY.read(p, "manifest.json")));
        assertTrue(errors.isEmpty(), p.id() + ": " + errors);
    }

    @ParameterizedTest
    @MethodSource("protocols")
    void modelsAndVariantsAreComplete(Protocol p) {
        assertTrue(p.models().stream().anyMatch(Model::small), p.id() + " has a small model");
        assertTrue(p.models().stream().anyMatch(m -> m.size().equals("large")), p.id() + " has a large model");
        assertFalse(p.variants().isEmpty(), p.id() + " has a seeded bug");
        List<String> files = LIBRARY.files(p);
        for (Model m : p.models()) {
            assertTrue(files.contains(m.config()), p.id() + ": " + m.config());
            assertTrue(files.contains(m.module() + ".tla"), p.id() + ": " + m.module());
            assertTrue(VERDICTS.contains(m.expected().verdict()));
            if (m.expected().success()) {
                assertTrue(m.expected().distinctStates().isPresent() && m.expected().totalStates().isPresent(),
                        p.id() + "/" + m.name() + ": exact counts for a success");
                assertTrue(m.expected().totalStates().getAsLong() >= m.expected().distinctStates().getAsLong());
            }
        }
        for (Variant v : p.variants()) {
            assertTrue(files.contains(v.config()), p.id() + ": " + v.config());
            assertTrue(files.contains(v.module() + ".tla"), p.id() + ": " + v.module());
            assertFalse(v.expected().success(), p.id() + "/" + v.name() + " must expect a violation");
            assertTrue(v.expected().property().isPresent() || v.expected().verdict().equals("deadlock"));
            assertTrue(v.expected().traceLength().isPresent(), p.id() + "/" + v.name() + ": trace length");
        }
    }

    @Test
    void unknownIdsListWhatThereIs() {
        LibraryException e = assertThrows(UnknownProtocolException.class, () -> LIBRARY.get("no-such-protocol"));
        assertTrue(e.getMessage().contains(LIBRARY.list().get(0).id()), e.getMessage());
    }

    @Test
    void materializeCopiesEveryFileAndNeverOverwrites(@TempDir Path dir) throws IOException {
        Protocol p = LIBRARY.list().get(0);
        Path copy = LIBRARY.materialize(p, dir.resolve("copy"));
        try (Stream<Path> files = Files.list(copy)) {
            assertEquals(LIBRARY.files(p).size(), files.count());
        }
        assertThrows(LibraryException.class, () -> LIBRARY.materialize(p, copy));
    }

    private static List<NamedFormula> concat(List<NamedFormula> a, List<NamedFormula> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
