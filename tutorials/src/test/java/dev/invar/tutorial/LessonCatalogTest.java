package dev.invar.tutorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.library.Protocol;
import dev.invar.library.Variant;
import dev.invar.tlc.TlcConfig;
import dev.invar.tutorial.judge.FixJudge;
import dev.invar.tutorial.judge.InductiveJudge;
import dev.invar.tutorial.judge.InvariantJudge;
import dev.invar.tutorial.judge.Judge;
import dev.invar.tutorial.judge.LivenessJudge;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every lesson's data holds together, without running TLC: files, protocol, the models its judges name. */
class LessonCatalogTest {
    static Stream<Lesson> lessons() {
        return Lessons.CATALOG.lessons().stream();
    }

    @Test
    void theLessonsAreNumberedInOrder() {
        List<Lesson> all = Lessons.CATALOG.lessons();
        assertTrue(all.size() >= 7);
        for (int i = 0; i < all.size(); i++) {
            assertEquals(i + 1, all.get(i).number());
            assertTrue(all.get(i).slug().startsWith(String.format("%02d-", i + 1)), all.get(i).slug());
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void everyFileALessonNamesIsThereAndEveryJudgeNamesModelsOfItsProtocol(Lesson lesson) {
        Protocol protocol = Lessons.LIBRARY.get(lesson.protocol());
        List<String> libraryFiles = Lessons.LIBRARY.files(protocol);
        List<String> starters = lesson.files().stream().map(f -> Path.of(f).getFileName().toString()).toList();
        lesson.files().forEach(f -> assertFalse(Lessons.CATALOG.read(lesson, f).isBlank(), f));
        for (Step step : lesson.steps()) {
            assertFalse(Lessons.CATALOG.read(lesson, step.text()).isBlank(), step.text());
            assertFalse(step.solution().isEmpty(), step.id() + " has a reference solution");
            step.solution().forEach(f -> assertFalse(Lessons.CATALOG.read(lesson, f).isBlank(), f));
            for (String file : step.judge().files()) {
                assertTrue(libraryFiles.contains(file) || starters.contains(file), step.id() + ": the learner's " + file + " is written at start");
            }
            for (String config : libraryConfigs(step.judge())) {
                assertTrue(libraryFiles.contains(config), step.id() + ": " + config + " is a file of " + protocol.id());
            }
            if (step.judge() instanceof InductiveJudge j) {
                TlcConfig instance = TlcConfig.parse(Lessons.LIBRARY.read(protocol, j.config()), j.config());
                j.constants().keySet().forEach(c -> assertTrue(instance.constant(c).isPresent(),
                        step.id() + ": constants names " + c + ", a constant of " + j.config()));
            }
            if (step.judge() instanceof InvariantJudge j) {
                assertTrue(protocol.variants().stream().map(Variant::config).anyMatch(j.bug()::equals),
                        step.id() + ": " + j.bug() + " is a seeded bug of " + protocol.id());
                TlcConfig correct = TlcConfig.parse(Lessons.LIBRARY.read(protocol, j.correct()), j.correct());
                j.typeConstants().keySet().forEach(c -> assertTrue(correct.constant(c).isPresent(),
                        step.id() + ": typeConstants names " + c + ", a constant of " + j.correct()));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lessons")
    void lessonMatchesTheDocumentedSchema(Lesson lesson) throws IOException {
        com.networknt.schema.JsonSchema schema = com.networknt.schema.JsonSchemaFactory
                .getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                .getSchema(Files.readString(Path.of("../docs/lesson-schema.json")));
        var errors = schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(Lessons.CATALOG.read(lesson, "lesson.json")));
        assertTrue(errors.isEmpty(), lesson.slug() + ": " + errors);
    }

    private static List<String> libraryConfigs(Judge judge) {
        if (judge instanceof InvariantJudge j) {
            return List.of(j.correct(), j.bug());
        } else if (judge instanceof FixJudge j) {
            return List.of(j.config());
        } else if (judge instanceof LivenessJudge j) {
            return List.of(j.config());
        } else if (judge instanceof InductiveJudge j) {
            return List.of(j.config());
        }
        return List.of(); // a model judge reads the learner's own cfg
    }
}
