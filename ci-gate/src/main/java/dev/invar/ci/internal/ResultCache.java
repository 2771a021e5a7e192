package dev.invar.ci.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Verdicts of earlier runs on disk ({@code .invar/cache/<key>.json} under the project root). Only
 * definitive outcomes are stored; a timeout or a crash is always checked again.
 */
public final class ResultCache {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module());

    /** What a cached run established. */
    public record Entry(String verdict, Optional<String> property, long distinct, long generated, long durationMillis,
                        String tlcVersion) {
    }

    private final Path directory;

    public ResultCache(Path directory) {
        this.directory = directory;
    }

    public Optional<Entry> get(String key) {
        Path file = directory.resolve(key + ".json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), Entry.class));
        } catch (IOException e) {
            return Optional.empty(); // a damaged entry is a miss
        }
    }

    public void put(String key, Entry entry) {
        try {
            Files.createDirectories(directory);
            Path tmp = Files.createTempFile(directory, key, ".tmp");
            JSON.writeValue(tmp.toFile(), entry);
            Files.move(tmp, directory.resolve(key + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only costs time on the next run
        }
    }
}
