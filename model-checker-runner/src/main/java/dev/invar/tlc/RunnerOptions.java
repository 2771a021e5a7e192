package dev.invar.tlc;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the runner starts child JVMs.
 *
 * @param java the {@code java} executable for TLC's JVM
 * @param killGrace how long a child may take to stop after it is asked to, before it is killed
 * @param workDirectory where private per-run directories (metadir, generated modules) are created
 * @param residentTlc run TLC in resident JVMs that serve one run after another (TLC's static state reset
 *                    between runs), for commands that run TLC many times on one spec; else one JVM per run
 */
public record RunnerOptions(TlaTools tools, Path java, Duration killGrace, Path workDirectory, boolean residentTlc) {
    public RunnerOptions(TlaTools tools, Path java, Duration killGrace, Path workDirectory) {
        this(tools, java, killGrace, workDirectory, false);
    }

    public RunnerOptions {
        Objects.requireNonNull(tools, "tools");
        Objects.requireNonNull(java, "java");
        Objects.requireNonNull(killGrace, "killGrace");
        Objects.requireNonNull(workDirectory, "workDirectory");
    }

    /** The heap Invar gives a TLC run when the request does not say: half the machine's memory. */
    public static int defaultHeapMegabytes() {
        return dev.invar.tlc.internal.HeapSizing.defaultHeapMegabytes();
    }

    /** These options with TLC run in resident JVMs, one run after another. */
    public RunnerOptions withResidentTlc() {
        return new RunnerOptions(tools, java, killGrace, workDirectory, true);
    }

    /** The given tools, the JVM Invar runs on, a two-second grace period and the system temp directory. */
    public static RunnerOptions defaults(TlaTools tools) {
        return new RunnerOptions(tools, Path.of(System.getProperty("java.home"), "bin", "java"), Duration.ofSeconds(2),
                Path.of(System.getProperty("java.io.tmpdir")));
    }
}
