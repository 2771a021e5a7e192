package dev.invar.ci;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.invar.ci.internal.CommunityManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The models of a repository of specs: its {@code invar.json} (schema: docs/invar-json-schema.json), or
 * the per-spec {@code manifest.json} files of the community TLA+ examples layout.
 */
public record CiProject(int schemaVersion, List<CiModel> models) {
    public static final String FILE_NAME = "invar.json";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    public CiProject {
        models = List.copyOf(models);
    }

    /**
     * Reads {@code invar.json} in {@code root}, or else every community {@code manifest.json} below it.
     *
     * @throws CiException naming the file and the problem
     */
    public static CiProject load(Path root) {
        Path file = root.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        List<CiModel> fromManifests = CommunityManifest.discover(root);
        if (fromManifests.isEmpty()) {
            throw new CiException(root + ": no " + FILE_NAME + " (run 'invar ci init' to write one) and no community manifest.json");
        }
        return new CiProject(1, fromManifests);
    }

    public static CiProject read(Path file) {
        try {
            CiProject project = JSON.readValue(file.toFile(), CiProject.class);
            if (project.schemaVersion() != 1) {
                throw new CiException(file + ": schemaVersion " + project.schemaVersion() + " is not supported (expected 1)");
            }
            long names = project.models().stream().map(CiModel::name).distinct().count();
            if (names != project.models().size()) {
                throw new CiException(file + ": model names must be unique");
            }
            return project;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new CiException(file + where + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CiException(file + ": " + e.getMessage(), e);
        }
    }

    public void write(Path file) {
        try {
            JSON.writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new CiException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
