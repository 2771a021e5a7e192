package dev.invar.tlc.internal;

import dev.invar.tlc.TlcException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The local TLCWorker JVMs of a distributed run. Started once the server says it is ready (message
 * 7000), ended with the server: they exit on their own when it finishes, and are killed if they do not.
 */
public final class DistributedWorkers implements AutoCloseable {
    private final List<String> command;
    private final int count;
    private final Path workingDirectory;
    private final Map<String, String> environment;
    private final List<Process> started = new ArrayList<>();

    /** @param environment the workers' whole environment, the same cleared one the server gets */
    public DistributedWorkers(List<String> command, int count, Path workingDirectory, Map<String, String> environment) {
        this.command = List.copyOf(command);
        this.count = count;
        this.workingDirectory = workingDirectory;
        this.environment = Map.copyOf(environment);
    }

    public synchronized void start() {
        if (!started.isEmpty()) {
            return;
        }
        for (int i = 0; i < count; i++) {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().clear();
            builder.environment().putAll(environment);
            try {
                Process p = builder.start();
                LiveProcesses.add(p.toHandle());
                started.add(p);
            } catch (IOException e) {
                throw new TlcException("cannot start a TLC worker: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public synchronized void close() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            LiveProcesses.remove(p.toHandle());
        }
    }
}
