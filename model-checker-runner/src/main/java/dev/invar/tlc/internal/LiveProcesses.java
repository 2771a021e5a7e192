package dev.invar.tlc.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every child JVM this JVM started and has not yet seen end. A shutdown hook (Ctrl-C, SIGTERM) kills
 * them and their descendants, so no TLC outlives Invar.
 */
final class LiveProcesses {
    private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(LiveProcesses::killAll, "invar-kill-tlc"));
    }

    private LiveProcesses() {
    }

    static void add(ProcessHandle process) {
        LIVE.add(process);
    }

    static void remove(ProcessHandle process) {
        LIVE.remove(process);
    }

    private static void killAll() {
        for (ProcessHandle p : LIVE) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }
}
