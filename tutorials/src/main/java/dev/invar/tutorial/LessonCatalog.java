package dev.invar.tutorial;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lessons bundled with Invar, under {@code lessons/} in the class path: {@code catalog.json} lists the
 * lesson folders in order, and each folder holds its {@code lesson.json}, step texts, starter files and
 * reference solutions.
 */
public final class LessonCatalog {
    private static final String ROOT = "lessons/";
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final List<Lesson> lessons;

    private LessonCatalog(List<Lesson> lessons) {
        this.lessons = List.copyOf(lessons);
    }

    /** The catalog in Invar's own resources. */
    public static LessonCatalog bundled() {
        try {
            Catalog catalog = MAPPER.readValue(resource(ROOT + "catalog.json"), Catalog.class);
            List<Lesson> lessons = new ArrayList<>();
            for (String slug : catalog.lessons()) {
                Lesson lesson = MAPPER.readValue(resource(ROOT + slug + "/lesson.json"), Lesson.class);
                if (!lesson.slug().equals(slug) || lesson.number() != lessons.size() + 1) {
                    throw new TutorialException("lesson " + slug + " is out of place in the catalog");
                }
                lessons.add(lesson);
            }
            return new LessonCatalog(lessons);
        } catch (IOException e) {
            throw new TutorialException("cannot read the bundled lessons: " + e.getMessage(), e);
        }
    }

    public List<Lesson> lessons() {
        return lessons;
    }

    /** Lesson {@code number}, counted from 1. */
    public Lesson lesson(int number) {
        if (number < 1 || number > lessons.size()) {
            throw new TutorialException("there is no lesson " + number + ": the lessons are 1 to " + lessons.size()
                    + " (invar learn lists them)");
        }
        return lessons.get(number - 1);
    }

    /** A file of a lesson's folder: a step text, a starter file, a solution. */
    public String read(Lesson lesson, String file) {
        try (InputStream in = resource(ROOT + lesson.slug() + "/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TutorialException("cannot read " + file + " of lesson " + lesson.number() + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String path) throws IOException {
        InputStream in = LessonCatalog.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IOException(path + " is missing from Invar's resources");
        }
        return in;
    }

    private record Catalog(List<String> lessons) {
    }
}
