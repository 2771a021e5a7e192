package dev.invar.tutorial;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A directory where a learner works through the lessons: one folder per lesson started (the protocol's
 * files and the lesson's starter files, edited with any editor) and the progress file.
 */
public final class Workspace {
    public static final String PROGRESS_FILE = ".invar-learn.json";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final Path root;

    private Workspace(Path root) {
        this.root = root;
    }

    /** The workspace at {@code directory} or the nearest one above it (the learner may be in a lesson's folder). */
    public static Optional<Workspace> find(Path directory) {
        for (Path d = directory.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(PROGRESS_FILE))) {
                return Optional.of(new Workspace(d));
            }
        }
        return Optional.empty();
    }

    /** Like {@link #find}, or an error that says how to start. */
    public static Workspace open(Path directory) {
        return find(directory).orElseThrow(() -> new TutorialException("no tutorial workspace in " + directory
                + " or above it: start one with invar learn start 1 [DIR]"));
    }

    /** The workspace at {@code directory} itself: the one there, or a new one (the directory is created if needed). */
    public static Workspace at(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        Workspace workspace = new Workspace(root);
        if (!Files.isRegularFile(root.resolve(PROGRESS_FILE))) {
            try {
                Files.createDirectories(root);
            } catch (IOException e) {
                throw new TutorialException("cannot create the workspace " + root + ": " + e.getMessage(), e);
            }
            workspace.save(Progress.fresh());
        }
        return workspace;
    }

    public Path root() {
        return root;
    }

    public Progress progress() {
        Path file = root.resolve(PROGRESS_FILE);
        try {
            Progress p = MAPPER.readValue(file.toFile(), Progress.class);
            if (p.schemaVersion() != Progress.SCHEMA_VERSION) {
                throw new TutorialException(file + ": progress of another Invar version (schemaVersion " + p.schemaVersion() + ")");
            }
            return p;
        } catch (IOException e) {
            throw new TutorialException(file + ": cannot read the progress: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    public void save(Progress progress) {
        try {
            MAPPER.writeValue(root.resolve(PROGRESS_FILE).toFile(), progress);
        } catch (IOException e) {
            throw new TutorialException("cannot save the progress in " + root + ": " + e.getMessage(), e);
        }
    }

    /** Where a lesson's files are. */
    public Path directory(Lesson lesson) {
        return root.resolve(lesson.slug());
    }

    /**
     * Puts a lesson's files in its folder: the protocol's, then the lesson's starter files in their place. Files
     * already there are the learner's and are never overwritten; missing ones are written again.
     *
     * @return whether any file was written now
     */
    public boolean materialize(Lesson lesson, LessonCatalog catalog, SpecLibrary library) {
        Path dir = directory(lesson);
        Protocol protocol = library.get(lesson.protocol());
        Map<String, Supplier<String>> files = new LinkedHashMap<>();
        for (String file : library.files(protocol)) {
            files.put(file, () -> library.read(protocol, file));
        }
        for (String file : lesson.files()) {
            files.put(Path.of(file).getFileName().toString(), () -> catalog.read(lesson, file));
        }
        boolean wrote = false;
        for (Map.Entry<String, Supplier<String>> f : files.entrySet()) {
            Path target = dir.resolve(f.getKey());
            if (!Files.exists(target)) {
                write(target, f.getValue().get());
                wrote = true;
            }
        }
        return wrote;
    }

    /**
     * Restores a lesson's starting files. The learner's folder is kept beside it as {@code slug.before-reset}
     * (replacing an older one), so nothing typed is lost by mistake.
     *
     * @return where the learner's files were moved
     */
    public Path reset(Lesson lesson, LessonCatalog catalog, SpecLibrary library) {
        Path dir = directory(lesson);
        Path kept = root.resolve(lesson.slug() + ".before-reset");
        try {
            delete(kept);
            if (Files.isDirectory(dir)) {
                Files.move(dir, kept, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new TutorialException("cannot reset " + dir + ": " + e.getMessage(), e);
        }
        materialize(lesson, catalog, library);
        return kept;
    }

    /** Writes a file of a lesson's folder (a reference solution, in tests). */
    public void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new TutorialException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
