package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code invar report} and the report options of {@code invar check}, black box. */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aSavedLivenessResultBecomesAPageWithItsLasso() throws IOException {
        CliRun check = CliRun.models("check", "Liveness.tla", "--json", "--workers", "1");
        assertEquals(13, check.exitCode(), check.toString());
        Files.writeString(dir.resolve("result.json"), check.out());
        CliRun report = CliRun.in(dir, "report", "result.json", "-o", "report.html");
        assertEquals(0, report.exitCode(), report.toString());
        assertEquals("", report.err());
        String html = Files.readString(dir.resolve("report.html"));
        assertTrue(html.contains("data-verdict=\"liveness-violation\""));
        assertTrue(html.contains("<g class=\"lasso\" data-step=\"3\" data-loops-back-to=\"1\">"), html);
        assertTrue(html.contains("Reaches5 == &lt;&gt;(x = 5)"), "the property's definition, from the spec");
    }

    @Test
    void anUnusableLanesVariableIsSaidOnStderrAndThePageIsStillWritten() throws IOException {
        Files.writeString(dir.resolve("result.json"), CliRun.models("check", "Liveness.tla", "--json", "--workers", "1").out());
        CliRun report = CliRun.in(dir, "report", "result.json", "-o", "report.html", "--lanes", "x");
        assertEquals(0, report.exitCode(), report.toString());
        assertEquals("invar: --lanes x: not a function over the same domain in every state; lanes were inferred instead\n",
                report.err());
        assertTrue(Files.exists(dir.resolve("report.html")));
    }

    @Test
    void badInputIsOneLineAndExitCode2() throws IOException {
        Files.writeString(dir.resolve("text.json"), "this is not JSON");
        Files.writeString(dir.resolve("future.json"), "{\"schemaVersion\": 2, \"verdict\": \"success\"}");
        Files.writeString(dir.resolve("other.json"), "{\"name\": \"something else\"}");
        for (String input : new String[] {"missing.json", "text.json", "future.json", "other.json"}) {
            CliRun run = CliRun.in(dir, "report", input, "-o", "report.html");
            assertEquals(2, run.exitCode(), run.toString());
            assertEquals(1, run.err().lines().count(), run.toString());
            assertTrue(run.err().startsWith("invar: ") && run.err().contains(input), run.toString());
        }
        assertTrue(CliRun.in(dir, "report", "future.json", "-o", "r.html").err().contains("schemaVersion 2"));
        assertFalse(Files.exists(dir.resolve("report.html")));
        assertEquals(2, CliRun.in(dir, "report", "future.json").exitCode(), "-o is required");
    }

    @Test
    void checkWritesTheStateGraphForGraphviz() throws IOException {
        Path dot = dir.resolve("states.dot");
        CliRun run = CliRun.models("check", "Cycle.tla", "--dot", dot.toString(), "--workers", "1");
        assertEquals(0, run.exitCode(), run.toString());
        String graph = Files.readString(dot);
        assertTrue(graph.startsWith("strict digraph"), graph);
        for (int x = 0; x < 4; x++) {
            assertTrue(graph.contains("[label=\"x = " + x + "\""), "state x = " + x + " in\n" + graph);
        }
        assertEquals(4, graph.lines().filter(l -> l.contains("-> ") && l.contains("label=\"Next\"")).count(), graph);
    }

    @Test
    void reportOptionsThatCannotWorkAreRefusedBeforeTlcRuns() {
        CliRun lanes = CliRun.models("check", "Cycle.tla", "--lanes", "x");
        assertEquals(2, lanes.exitCode());
        assertEquals("invar: --lanes applies to --html only\n", lanes.err());
        CliRun simulate = CliRun.models("check", "Cycle.tla", "--simulate", "--dot", dir.resolve("s.dot").toString());
        assertEquals(2, simulate.exitCode());
        assertTrue(simulate.err().contains("--dot"), simulate.toString());
        CliRun nowhere = CliRun.models("check", "Cycle.tla", "--html", dir.resolve("no/such/dir/r.html").toString());
        assertEquals(2, nowhere.exitCode());
        assertTrue(nowhere.err().contains("no such directory"), nowhere.toString());
        assertEquals("", nowhere.out(), "TLC did not run");
    }
}
