package dev.invar.tlc.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The resident TLC JVMs of this process, idle ones kept by their JVM command line (java, its options, the
 * tools jar). A run takes an idle JVM or starts one; runs at the same time get JVMs of their own. Idle
 * JVMs end themselves after a minute, and all of them with this process.
 */
public final class ResidentTlcPool {
    private static final ResidentTlcPool SHARED = new ResidentTlcPool();
    private static final int MAX_IDLE_PER_COMMAND = 2;
    /** The TLC version whose static state {@link ResidentTlcMain} resets; other versions run one JVM per run. */
    public static final String RESET_KNOWN_FOR = "2.18 of 20 March 2023";

    private final Map<List<String>, Deque<ResidentTlc>> idle = new HashMap<>();
    private final Set<List<String>> unsupported = new HashSet<>();
    private final Set<ResidentTlc> started = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ResidentTlcPool() {
        // Ends them gracefully, so that their temporary directories go too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> started.forEach(ResidentTlc::end), "invar-end-resident-tlc"));
    }

    public static ResidentTlcPool shared() {
        return SHARED;
    }

    /**
     * Runs TLC in a resident JVM, or returns empty when none can serve this command line: the caller then
     * runs TLC in a JVM of its own.
     */
    public Optional<ChildProcess.Ending> run(TlcCommandLine commandLine, Path temporaryParent, Map<String, String> environment,
                                             Duration killGrace, Optional<Duration> timeout, Consumer<String> output) {
        List<String> arguments = commandLine.tlcArguments();
        if (arguments.stream().anyMatch(a -> a.contains("\t") || a.contains("\n"))) {
            return Optional.empty();
        }
        List<String> key = new ArrayList<>(commandLine.jvm());
        key.add(commandLine.toolsJar().toString());
        Optional<ResidentTlc> tlc = take(key);
        if (tlc.isEmpty()) {
            synchronized (this) {
                if (unsupported.contains(key)) {
                    return Optional.empty();
                }
            }
            tlc = ResidentTlc.start(commandLine.jvm(), commandLine.toolsJar(), temporaryParent, environment, killGrace);
            if (tlc.isEmpty()) {
                synchronized (this) {
                    unsupported.add(key);
                }
                return Optional.empty();
            }
            started.add(tlc.get());
        }
        ChildProcess.Ending ending = tlc.get().run(arguments, timeout, output);
        if (ending.exitCode().isPresent() && tlc.get().alive()) {
            giveBack(key, tlc.get());
        } else {
            started.remove(tlc.get());
        }
        return Optional.of(ending);
    }

    private synchronized Optional<ResidentTlc> take(List<String> key) {
        Deque<ResidentTlc> waiting = idle.getOrDefault(key, new ArrayDeque<>());
        while (!waiting.isEmpty()) {
            ResidentTlc tlc = waiting.pop();
            if (tlc.alive()) {
                return Optional.of(tlc);
            }
            tlc.end();
            started.remove(tlc);
        }
        return Optional.empty();
    }

    private synchronized void giveBack(List<String> key, ResidentTlc tlc) {
        Deque<ResidentTlc> waiting = idle.computeIfAbsent(key, k -> new ArrayDeque<>());
        if (waiting.size() >= MAX_IDLE_PER_COMMAND) {
            tlc.end();
            started.remove(tlc);
        } else {
            waiting.push(tlc);
        }
    }
}
