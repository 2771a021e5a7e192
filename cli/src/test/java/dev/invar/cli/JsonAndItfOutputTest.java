package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --json against the documented schema; --itf against the rules of Apalache's ADR-015. */
class JsonAndItfOutputTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA;

    static {
        try {
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("../docs/result-schema.json")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cycle", "Values", "Liveness", "StutterLiveness", "EvalError", "SyntaxError",
            "UndefinedInvariant", "AssumeFails"})
    void everyResultMatchesTheSchema(String model) throws IOException {
        CliRun run = CliRun.models("check", model + ".tla", "--json", "--workers", "1");
        JsonNode doc = MAPPER.readTree(run.out());
        Set<ValidationMessage> errors = SCHEMA.validate(doc);
        assertTrue(errors.isEmpty(), errors + "\n" + run.out());
        assertEquals(run.exitCode(), doc.get("exitCode").asInt());
    }

    @Test
    void valuesKeepTheirTypes() throws IOException {
        JsonNode doc = MAPPER.readTree(CliRun.models("check", "Values.tla", "--json").out());
        JsonNode v = doc.at("/violations/0/trace/states/0/variables/v");
        assertEquals("a\"b\\c\nd", v.get("s").asText());
        assertEquals("-2147483647", v.at("/n/#bigint").asText());
        assertTrue(v.get("b").asBoolean());
        assertEquals(0, v.at("/e/#set").size());
        assertEquals("p1", v.at("/f/#map/0/0/#unserializable").asText());
        assertEquals("1..3", v.at("/r/#unserializable").asText());
        assertEquals(1, v.at("/m/a/b/#bigint").asInt());
    }

    @Test
    void itfTraceOfALasso(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lasso.itf.json");
        CliRun run = CliRun.models("check", "Liveness.tla", "--itf", file.toString(), "--workers", "1");
        assertEquals(13, run.exitCode(), run.toString());
        JsonNode itf = MAPPER.readTree(file.toFile());
        assertItfRules(itf);
        assertEquals(3, itf.get("states").size());
        assertEquals(0, itf.get("loop").asInt(), "back to state 1 is ITF index 0");
        assertEquals("2", itf.at("/states/2/x/#bigint").asText());
    }

    @Test
    void itfTraceEndingInStutteringLoopsOnItsLastState(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("stutter.itf.json");
        CliRun.models("check", "StutterLiveness.tla", "--itf", file.toString(), "--workers", "1");
        JsonNode itf = MAPPER.readTree(file.toFile());
        assertItfRules(itf);
        assertEquals(2, itf.get("states").size());
        assertEquals(1, itf.get("loop").asInt());
    }

    /** ADR-015: vars lists the variables, every state has every var, integers are #bigint strings. */
    private static void assertItfRules(JsonNode itf) {
        assertEquals("ITF", itf.at("/#meta/format").asText());
        List<String> vars = new ArrayList<>();
        itf.get("vars").forEach(v -> vars.add(v.asText()));
        for (JsonNode state : itf.get("states")) {
            List<String> keys = new ArrayList<>();
            Iterator<String> names = state.fieldNames();
            names.forEachRemaining(n -> {
                if (!n.equals("#meta")) {
                    keys.add(n);
                }
            });
            assertEquals(vars, keys);
            vars.forEach(v -> assertNoPlainNumbers(state.get(v)));
        }
        if (itf.has("loop")) {
            assertTrue(itf.get("loop").asInt() >= 0 && itf.get("loop").asInt() < itf.get("states").size());
        }
    }

    private static void assertNoPlainNumbers(JsonNode value) {
        assertTrue(!value.isNumber(), "integers must be {\"#bigint\": ...}: " + value);
        value.forEach(JsonAndItfOutputTest::assertNoPlainNumbers);
    }
}
