package dev.invar.ci.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.invar.ci.CiException;
import dev.invar.ci.CiModel;
import dev.invar.ci.Expectation;
import dev.invar.ci.StateBounds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Reads the per-spec {@code manifest.json} of the community TLA+ examples collection
 * ({@code modules[].models[]} with {@code path}, {@code mode}, {@code result}, {@code distinctStates},
 * {@code totalStates}, {@code runtime}). Exhaustive models become gated models; simulation and
 * generation models are left out, since their counts are not reproducible.
 */
public final class CommunityManifest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> RESULTS = Map.of("success", "success", "safety failure", "safety-violation",
            "liveness failure", "liveness-violation", "deadlock failure", "deadlock", "assumption failure", "assumption-failure");

    private CommunityManifest() {
    }

    public static List<CiModel> discover(Path root) {
        List<CiModel> models = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root, 6)) {
            for (Path manifest : files.filter(p -> p.getFileName().toString().equals("manifest.json")).sorted().toList()) {
                models.addAll(read(root, manifest));
            }
        } catch (IOException e) {
            throw new CiException("cannot search " + root + " for manifests: " + e.getMessage(), e);
        }
        return models;
    }

    static List<CiModel> read(Path root, Path manifest) {
        JsonNode doc;
        try {
            doc = JSON.readTree(manifest.toFile());
        } catch (IOException e) {
            throw new CiException(manifest + ": " + e.getMessage(), e);
        }
        List<CiModel> models = new ArrayList<>();
        for (JsonNode module : doc.path("modules")) {
            String modulePath = resolve(root, manifest, module.path("path").asText());
            for (JsonNode model : module.path("models")) {
                String mode = model.path("mode").asText("exhaustive search");
                String result = RESULTS.get(model.path("result").asText("success"));
                if (!mode.equals("exhaustive search") || result == null) {
                    continue;
                }
                String config = resolve(root, manifest, model.path("path").asText());
                OptionalLong distinct = model.has("distinctStates") && result.equals("success")
                        ? OptionalLong.of(model.get("distinctStates").asLong()) : OptionalLong.empty();
                StateBounds bounds = new StateBounds(distinct, distinct);
                String name = config.replaceAll("\\.cfg$", "");
                models.add(new CiModel(name, modulePath, Optional.of(config), Map.of(), List.of(), List.of(),
                        new Expectation(result, Optional.empty()), bounds, OptionalInt.empty(), OptionalInt.empty()));
            }
        }
        return models;
    }

    /** Community paths are relative to the repository root; accept ones relative to the manifest too. */
    private static String resolve(Path root, Path manifest, String path) {
        String manifestDir = root.relativize(manifest.getParent()).toString();
        if (Files.exists(root.resolve(path)) || (!manifestDir.isEmpty() && path.startsWith(manifestDir + "/"))) {
            return path;
        }
        return root.relativize(manifest.getParent().resolve(path)).toString();
    }
}
