package dev.invar.ci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.invar.ci.CiModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The community examples' manifest.json: exhaustive models become gated models with exact counts. */
class CommunityManifestTest {

    @Test
    void exhaustiveModelsWithTheirResultsAndCounts(@TempDir Path root) throws IOException {
        Path spec = Files.createDirectories(root.resolve("specifications/ewd840"));
        Files.writeString(spec.resolve("manifest.json"), """
                {"sources": [], "authors": ["Someone"], "tags": [],
                 "modules": [{"path": "specifications/ewd840/EWD840.tla", "features": [],
                   "models": [
                     {"path": "specifications/ewd840/EWD840.cfg", "runtime": "00:00:05", "size": "small",
                      "mode": "exhaustive search", "result": "success", "distinctStates": 302, "totalStates": 1566},
                     {"path": "specifications/ewd840/EWD840Bug.cfg", "runtime": "00:00:01", "size": "small",
                      "mode": "exhaustive search", "result": "safety failure"},
                     {"path": "specifications/ewd840/EWD840Sim.cfg", "runtime": "00:00:10", "size": "small",
                      "mode": {"simulate": {"traceCount": 100}}, "result": "success"}]}]}
                """);
        List<CiModel> models = CommunityManifest.discover(root);
        assertEquals(2, models.size());
        CiModel ok = models.get(0);
        assertEquals("specifications/ewd840/EWD840.tla", ok.spec());
        assertEquals(Optional.of("specifications/ewd840/EWD840.cfg"), ok.config());
        assertEquals("success", ok.expect().verdict());
        assertEquals(302, ok.distinctStates().min().getAsLong());
        assertEquals(302, ok.distinctStates().max().getAsLong());
        assertEquals("safety-violation", models.get(1).expect().verdict());
    }
}
