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
        if (started) {
            // The server and everything it started (the shell, a CLI still running, its TLCs) must end with it.
            long server = Long.parseLong(run(List.of("tmux", "-S", socket.toString(), "display-message", "-p", "#{pid}")).out().strip());
            List<ProcessHandle> session = new ArrayList<>();
            ProcessHandle.of(server).ifPresent(p -> {
                session.add(p);
                p.descendants().forEach(session::add);
            });
            assertTrue(session.size() >= 2, "the server and its shell were found");
            tmux("kill-server");
            assertNotEquals(0, run(List.of("tmux", "-S", socket.toString(), "has-session", "-t", "learn")).code(), "the session is gone");
            Instant deadline = Instant.now().plusSeconds(10);
            while (session.stream().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
                Thread.sleep(100);
            }
            assertEquals(List.of(), session.stream().filter(ProcessHandle::isAlive)
                    .map(p -> p.pid() + " " + p.info().commandLine().orElse("")).toList(), "processes of the session still running");
        }
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
