package dev.invar.tlc.internal;

import dev.invar.tlc.ScratchDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * One resident TLC JVM ({@link ResidentTlcMain}) and the runs it does, one at a time. A run that times
 * out or is cancelled ends the JVM, as it would end a one-run child; so does a JVM that dies.
 */
final class ResidentTlc {
    private static final Duration START_LIMIT = Duration.ofSeconds(30);

    private final Process process;
    private final Writer requests;
    private final ScratchDirectory temporary;
    private final Duration killGrace;
    private volatile Run current;
    private final CompletableFuture<Boolean> ready = new CompletableFuture<>();

    private record Run(String nonce, Consumer<String> output, CompletableFuture<Integer> exit) {
    }

    private ResidentTlc(Process process, ScratchDirectory temporary, Duration killGrace) {
        this.process = process;
        this.temporary = temporary;
        this.killGrace = killGrace;
        this.requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(this::read, "invar-resident-tlc");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a resident JVM, or returns empty when it cannot serve (the tools jar lacks what a fresh
     * state needs, or it does not start).
     *
     * @param jvm the JVM's command line up to the class path (java and its options)
     */
    static Optional<ResidentTlc> start(List<String> jvm, Path toolsJar, Path parent, Map<String, String> environment,
                                       Duration killGrace) {
        ScratchDirectory temporary = ScratchDirectory.create(parent, "invar-resident-");
        List<String> command = new java.util.ArrayList<>(jvm);
        command.add("-Djava.io.tmpdir=" + temporary.path());
        command.add("-cp");
        command.add(toolsJar + java.io.File.pathSeparator + ownClassPath());
        command.add(ResidentTlcMain.class.getName());
        ProcessBuilder builder = new ProcessBuilder(command).directory(temporary.path().toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            temporary.close();
            return Optional.empty();
        }
        LiveProcesses.add(process.toHandle());
        ResidentTlc tlc = new ResidentTlc(process, temporary, killGrace);
        boolean serving;
        try {
            serving = tlc.ready.get(START_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            serving = false;
        } catch (ExecutionException | TimeoutException e) {
            serving = false;
        }
        if (!serving) {
            tlc.end();
            return Optional.empty();
        }
        return Optional.of(tlc);
    }

    private static String ownClassPath() {
        try {
            return Path.of(ResidentTlcMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /**
     * Runs TLC with these arguments (those after {@code tlc2.TLC}); TLC's output lines go to {@code output}.
     * Interrupting the calling thread ends the JVM and returns a cancelled ending.
     */
    ChildProcess.Ending run(List<String> arguments, Optional<Duration> timeout, Consumer<String> output) {
        long start = System.nanoTime();
        Run run = new Run(UUID.randomUUID().toString(), output, new CompletableFuture<>());
        current = run;
        try {
            requests.write(run.nonce() + "\t" + String.join("\t", arguments) + "\n");
            requests.flush();
        } catch (IOException e) {
            run.exit().completeExceptionally(e);
        }
        boolean timedOut = false;
        boolean cancelled = false;
        OptionalInt code = OptionalInt.empty();
        try {
            code = OptionalInt.of(timeout.isPresent() ? run.exit().get(timeout.get().toMillis(), TimeUnit.MILLISECONDS)
                    : run.exit().get());
        } catch (TimeoutException e) {
            timedOut = true;
        } catch (InterruptedException e) {
            cancelled = true;
        } catch (ExecutionException e) {
            code = diedWith(); // the JVM ended mid-run (TLC called System.exit, or ran out of memory)
        }
        if (timedOut || cancelled) {
            end();
        }
        current = null;
        if (cancelled) {
            Thread.currentThread().interrupt();
        }
        return new ChildProcess.Ending(code, timedOut, cancelled, Duration.ofNanos(System.nanoTime() - start));
    }

    private OptionalInt diedWith() {
        try {
            if (process.waitFor(killGrace.toMillis(), TimeUnit.MILLISECONDS)) {
                end();
                return OptionalInt.of(process.exitValue());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        end();
        return OptionalInt.of(255);
    }

    private void read() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (!ready.isDone()) {
                    ready.complete(line.equals(ResidentTlcMain.READY));
                    continue;
                }
                Run run = current;
                if (run == null) {
                    continue;
                }
                int end = line.indexOf(run.nonce() + " ");
                if (end >= 0) {
                    if (end > 0) { // TLC's last output had no line break
                        run.output().accept(line.substring(0, end));
                    }
                    run.exit().complete(Integer.parseInt(line.substring(end + run.nonce().length() + 1).trim()));
                } else {
                    run.output().accept(line);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // The stream closes when the JVM ends: what was read is what there is.
        }
        ready.complete(false);
        Run run = current;
        if (run != null) {
            run.exit().completeExceptionally(new IOException("the resident TLC JVM ended"));
        }
    }

    /** Ends the JVM (asked, then killed after the grace period) and deletes its temporary directory. */
    void end() {
        ChildProcess.stopTree(process, killGrace);
        LiveProcesses.remove(process.toHandle());
        temporary.close();
    }
}
