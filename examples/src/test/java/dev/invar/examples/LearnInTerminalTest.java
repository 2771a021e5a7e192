package dev.invar.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code invar learn} in a real terminal: a tmux session on a private server types the commands a learner
 * types, with the built CLI jar, and reads the screen. The server, its shell and everything they started
 * are gone when the test ends.
 */
class LearnInTerminalTest {
    private static final Path JAR = Path.of("../cli/target/invar-cli.jar").toAbsolutePath().normalize();
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path home;

    private Path socket;
    private boolean started;

    @BeforeEach
    void terminal() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/tmux")) || onPath("tmux"),
                "tmux is not installed: the terminal test of invar learn is skipped (.ci/run installs it)");
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: build the CLI first (mvn -pl cli -am package)");
        // A private server whose socket lives in the test's own directory: nothing is shared with a user's tmux.
        socket = home.resolve("tmux.sock");
        Files.createDirectories(home.resolve("learner"));
        tmux("new-session", "-d", "-s", "learn", "-x", "160", "-y", "60", "-c", home.resolve("learner").toString(),
                "bash --norc --noprofile");
        started = true;
        type("export PS1='$ ' NO_COLOR=1 LANG=C.UTF-8");
        type("invar() { java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar '" + JAR + "' \"$@\"; }");
    }

    @AfterEach
    void noSessionLeftBehind() throws Exception {
        if (!started) {
            return;
        }
        // The server and everything it started (the shell, a CLI still running, its TLCs) must end with it.
        List<ProcessHandle> session = new ArrayList<>();
        try {
            Run pid = run(List.of("tmux", "-S", socket.toString(), "display-message", "-p", "#{pid}"));
            ProcessHandle.of(Long.parseLong(pid.out().strip())).ifPresent(p -> {
                session.add(p);
                p.descendants().forEach(session::add);
            });
        } finally {
            run(List.of("tmux", "-S", socket.toString(), "kill-server"));
        }
        assertTrue(session.size() >= 2, "the server and its shell were found");
        assertNotEquals(0, run(List.of("tmux", "-S", socket.toString(), "has-session", "-t", "learn")).code(), "the session is gone");
        Instant deadline = Instant.now().plusSeconds(10);
        while (session.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertEquals(List.of(), session.stream().filter(ProcessHandle::isAlive)
                .map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList(), "processes of the session still running");
    }

    @Test
    void aLearnerStartsALessonFailsAStepFixesItAndMovesOn() throws Exception {
        String start = command("invar learn start 1 course", "Step 1 of 1: A model worth checking");
        assertTrue(start.contains("Lesson 1: Your first model check  (two-phase-commit)"), start);
        assertTrue(start.contains("Your files: course/01-first-model-check/ (just written)."), start);

        String wrong = command("cd course/01-first-model-check && invar learn check", "Not yet:");
        assertTrue(wrong.contains("✗ RM = {r1, r2, r3}"), wrong);
        assertTrue(wrong.contains("the model has RM = {r1}; the exercise fixes it to {r1, r2, r3}"), wrong);
        assertTrue(wrong.contains("exit=1"), wrong);

        // The learner edits the model in an editor; here, the same edit made by sed.
        command("sed -i -e 's/RM = {r1}/RM = {r1, r2, r3}/' -e 's/MaxTMCrashes = 0/MaxTMCrashes = 1/'"
                + " -e 's/^    TypeOK$/    TypeOK\\n    Consistent/' MC.cfg", "exit=0");
        String right = command("invar learn check", "Passed.");
        assertTrue(right.contains("✓ the model passes"), right);
        assertTrue(right.contains("683 distinct states searched"), right);
        assertTrue(right.contains("exit=0"), right);

        String next = command("invar learn next", "Step 1 of 1: Fix the early commit");
        assertTrue(next.contains("Lesson 2: Reading a counterexample"), next);
        String list = command("invar learn", "invar learn check · hint");
        assertTrue(list.lines().anyMatch(l -> l.matches(" ✓ 1\\s+Your first model check\\s+two-phase-commit\\s+1/1 steps\\s*")), list);
        assertTrue(list.lines().anyMatch(l -> l.matches(" > 2\\s+Reading a counterexample.*0/1 steps\\s*")), list);
        assertTrue(Files.isRegularFile(home.resolve("learner/course/.invar-learn.json")));
    }

    /** Clears the screen, types {@code line}, waits for {@code marker} and the exit code, and returns the screen. */
    private String command(String line, String marker) throws Exception {
        type("clear");
        type(line + "; echo \"exit=$?\"");
        Instant deadline = Instant.now().plus(PATIENCE);
        String screen = "";
        while (Instant.now().isBefore(deadline)) {
            screen = run(List.of("tmux", "-S", socket.toString(), "capture-pane", "-p", "-J", "-t", "learn", "-S", "-300")).out();
            if (screen.contains(marker) && screen.lines().anyMatch(l -> l.startsWith("exit="))) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no '" + marker + "' on the screen after " + PATIENCE.toSeconds() + " s:\n" + screen);
    }

    private void type(String line) throws Exception {
        tmux("send-keys", "-t", "learn", "-l", line);
        tmux("send-keys", "-t", "learn", "Enter");
    }

    private void tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        command.addAll(List.of(args));
        Run r = run(command);
        assertEquals(0, r.code(), String.join(" ", command) + ": " + r.out());
    }

    private record Run(int code, String out) {
    }

    private static Run run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("LANG", "C.UTF-8");
        env.remove("TMUX");
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
