package dev.invar.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.cli.Console;
import dev.invar.cli.Invar;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample tutorial workspace: saved progress is read back, and the learner's attempt is judged, not replaced. */
class TutorialWorkspaceExampleTest {
    private static final Path EXAMPLE = Path.of("tutorial").toAbsolutePath();

    @TempDir
    Path course;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void copy() throws IOException {
        try (Stream<Path> files = Files.walk(EXAMPLE)) {
            for (Path p : files.toList()) {
                Path target = course.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void theCourseContinuesWhereItWasLeft() throws IOException {
        Run list = invar("learn");
        assertEquals(0, list.code(), list.toString());
        assertTrue(list.out().lines().anyMatch(l -> l.matches(" ✓ 2\\s+Reading a counterexample.*1/1 steps\\s*")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.matches(" > 3\\s+Writing an invariant.*0/1 steps\\s*")), list.out());

        Path lesson = course.resolve("03-writing-an-invariant");
        String attempt = Files.readString(lesson.resolve("Answer.tla"));
        Run start = invar("learn", "start", "3");
        assertEquals(0, start.code(), start.toString());
        assertEquals(attempt, Files.readString(lesson.resolve("Answer.tla")), "the learner's file is kept");
        assertTrue(Files.isRegularFile(lesson.resolve("TwoPhase_VolatileDecision.tla")), "missing files are written");

        Run check = invar("learn", "check");
        assertEquals(1, check.code(), check.toString());
        assertTrue(check.out().contains("✓ DecisionIsDurable holds on the correct protocol"), check.out());
        assertTrue(check.out().contains("✗ DecisionIsDurable is violated by the seeded bug"), check.out());
        assertTrue(check.out().contains("✗ DecisionIsDurable says more than TypeOK\n    it holds in every one of the"), check.out());
        assertTrue(check.out().contains("states TypeOK allows (RM = {r1, r2}, MaxTMCrashes = 1)"), check.out());
    }

    private Run invar(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Invar.commandLine(new Console(new PrintWriter(out, true), new PrintWriter(err, true), Map.of(), course, false))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
