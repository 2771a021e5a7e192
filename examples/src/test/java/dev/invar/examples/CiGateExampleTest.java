package dev.invar.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.cli.Console;
import dev.invar.cli.Invar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Runs {@code invar ci} on examples/ci-gate, a sample repository, and checks verdicts and reports. */
class CiGateExampleTest {
    private static final Path EXAMPLE = Path.of("ci-gate").toAbsolutePath();

    @TempDir
    Path repo;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void copyTheExample() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path f : files.toList()) {
                Path target = repo.resolve(EXAMPLE.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private Run invar(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Invar.commandLine(new Console(new PrintWriter(out, true), new PrintWriter(err, true), env, repo, false))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private Run invar(String... args) {
        return invar(Map.of(), args);
    }

    @Test
    void greenWhenEveryModelMeetsItsExpectationAndReportsSayWhy() throws Exception {
        Path summary = repo.resolve("summary.md");
        Run run = invar(Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()),
                "ci", "--junit", "junit.xml", "--sarif", "invar.sarif");
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains("3 passed, 0 failed"), run.out());
        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(repo.resolve("junit.xml").toFile());
        assertEquals("3", junit.getDocumentElement().getAttribute("tests"));
        assertEquals("0", junit.getDocumentElement().getAttribute("failures"));
        JsonNode sarif = new ObjectMapper().readTree(repo.resolve("invar.sarif").toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        assertEquals(0, sarif.at("/runs/0/results").size());
        assertTrue(Files.readString(summary).contains("| mutex | ✅ passed"), Files.readString(summary));
    }

    @Test
    void anUnchangedRepositoryReChecksFromTheCache() {
        assertEquals(0, invar("ci").code());
        long start = System.nanoTime();
        Run again = invar("ci");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, again.code(), again.toString());
        assertTrue(again.out().contains("3 cached"), again.out());
        assertTrue(seconds < 5, "cached run took " + seconds + "s");
    }

    @Test
    void aRegressionTurnsTheBuildRedAtThePropertysDefinition() throws Exception {
        Files.copy(repo.resolve("regressions/Mutex.tla"), repo.resolve("specs/mutex/Mutex.tla"), StandardCopyOption.REPLACE_EXISTING);
        Run run = invar(Map.of("GITHUB_ACTIONS", "true"), "ci", "--junit", "junit.xml", "--sarif", "invar.sarif");
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().contains("mutex: expected success, got safety-violation (MutualExclusion)"), run.out());
        assertTrue(run.out().contains("::error file=specs/mutex/Mutex.tla,line=35"), run.out());
        Document junit = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(repo.resolve("junit.xml").toFile());
        assertEquals("1", junit.getDocumentElement().getAttribute("failures"));
        JsonNode result = new ObjectMapper().readTree(repo.resolve("invar.sarif").toFile()).at("/runs/0/results/0");
        assertEquals("unexpected-verdict", result.get("ruleId").asText());
        assertEquals("specs/mutex/Mutex.tla", result.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
        assertEquals(35, result.at("/locations/0/physicalLocation/region/startLine").asInt());
    }

    @Test
    void aHollowedOutModelIsNotGreen() throws IOException {
        Files.copy(repo.resolve("regressions/Mutex.cfg"), repo.resolve("specs/mutex/Mutex.cfg"), StandardCopyOption.REPLACE_EXISTING);
        Run run = invar("ci");
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().contains("below the floor"), run.out());
    }

    @Test
    void shardsSplitTheModelsAndChangedSinceSelectsByModuleClosure() throws Exception {
        Run first = invar("ci", "--shard", "1/2", "--no-cache");
        Run second = invar("ci", "--shard", "2/2", "--no-cache");
        assertTrue(first.out().contains("2 passed") && first.out().contains("1 not selected"), first.out());
        assertTrue(second.out().contains("1 passed") && second.out().contains("2 not selected"), second.out());
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.email=ci@example.org", "-c", "user.name=ci", "commit", "-qm", "models");
        Files.writeString(repo.resolve("specs/queue/BoundedQueue.tla"),
                Files.readString(repo.resolve("specs/queue/BoundedQueue.tla")).replace("(* A producer", "(* Edited: a producer"));
        Run changed = invar("ci", "--changed-since", "HEAD");
        assertTrue(changed.out().contains("bounded-queue") && !changed.out().contains("mutex-greedy-bug"), changed.out());
        assertTrue(changed.out().contains("2 not selected"), changed.out());
    }

    @Test
    void initWritesTheModelsItFindsWithTheirMeasuredCounts() throws IOException {
        Files.delete(repo.resolve("invar.json"));
        try (Stream<Path> regressions = Files.list(repo.resolve("regressions"))) {
            for (Path f : regressions.toList()) {
                Files.delete(f);
            }
        }
        Run run = invar("ci", "init");
        assertEquals(0, run.code(), run.toString());
        JsonNode project = new ObjectMapper().readTree(repo.resolve("invar.json").toFile());
        assertEquals(2, project.get("models").size(), project.toPrettyString());
        assertEquals(20, project.at("/models/0/distinctStates/min").asInt(), project.toPrettyString());
        assertEquals("safety-violation", project.at("/models/1/expect/verdict").asText());
        assertEquals(0, invar("ci").code());
    }

    @Test
    void theExampleProjectFileMatchesTheDocumentedSchema() throws IOException {
        var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("../docs/invar-json-schema.json")));
        var errors = schema.validate(new ObjectMapper().readTree(EXAMPLE.resolve("invar.json").toFile()));
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void aBrokenProjectFileIsOneLineAndExitTwo() throws IOException {
        Files.writeString(repo.resolve("invar.json"), "{\"schemaVersion\": 1, \"models\": [ {\"name\": 3,, } ] }");
        Run run = invar("ci");
        assertEquals(2, run.code(), run.toString());
        assertTrue(run.err().startsWith("invar: ") && run.err().contains("invar.json:1:"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    private void git(String... args) throws Exception {
        String[] cmd = Stream.concat(Stream.of("git"), Stream.of(args)).toArray(String[]::new);
        assertEquals(0, new ProcessBuilder(cmd).directory(repo.toFile()).inheritIO().start().waitFor());
    }
}
