package dev.invar.tlc.internal;

import dev.invar.tlc.TlcException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one child process to its end: a cleared environment, stdout and stderr drained line by line on
 * their own threads, a timeout after which the whole process tree is asked to stop and then killed.
 */
public final class ChildProcess {

    /** How the process ended. */
    public record Ending(OptionalInt exitCode, boolean timedOut, boolean cancelled, Duration wallTime) {
    }

    private final List<String> command;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final Duration killGrace;

    public ChildProcess(List<String> command, Path workingDirectory, Map<String, String> environment, Duration killGrace) {
        this.command = List.copyOf(command);
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
        this.killGrace = killGrace;
    }

    /**
     * Starts the process and waits for it. Interrupting the calling thread ends the process tree and
     * returns a cancelled ending (the interrupt flag is set again).
     */
    public Ending run(Optional<Duration> timeout, Consumer<String> stdout, Consumer<String> stderr) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        // API keys and the like never reach TLC: the child gets only what it needs.
        builder.environment().clear();
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new TlcException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        LiveProcesses.add(process.toHandle());
        Thread out = drain(process.getInputStream(), stdout, "tlc-stdout");
        Thread err = drain(process.getErrorStream(), stderr, "tlc-stderr");
        boolean timedOut = false;
        boolean cancelled = false;
        try {
            if (timeout.isPresent()) {
                timedOut = !process.waitFor(timeout.get().toMillis(), TimeUnit.MILLISECONDS);
            } else {
                process.waitFor();
            }
        } catch (InterruptedException e) {
            cancelled = true;
        }
        if (timedOut || cancelled) {
            stopTree(process, killGrace);
        }
        joinQuietly(out);
        joinQuietly(err);
        LiveProcesses.remove(process.toHandle());
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        if (cancelled) {
            Thread.currentThread().interrupt();
        }
        OptionalInt code = timedOut || cancelled ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
        return new Ending(code, timedOut, cancelled, wall);
    }

    /** Asks the process and its descendants to stop, then kills whatever is still alive after the grace period. */
    static void stopTree(Process process, Duration killGrace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        descendants.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(killGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(killGrace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread drain(InputStream stream, Consumer<String> lines, String name) {
        Thread t = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // The stream closes when the process is killed: the output so far is what there is.
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void joinQuietly(Thread t) {
        try {
            t.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
