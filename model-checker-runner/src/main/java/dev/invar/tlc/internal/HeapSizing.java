package dev.invar.tlc.internal;

import java.lang.management.ManagementFactory;

/**
 * Chooses the child JVM's heap from the machine: half of physical memory, leaving room for the OS and
 * TLC's off-heap structures, never less than 256 MiB.
 */
public final class HeapSizing {
    private HeapSizing() {
    }

    public static int defaultHeapMegabytes() {
        return forPhysicalMemory(physicalMemoryBytes());
    }

    static int forPhysicalMemory(long bytes) {
        long mb = bytes / (1024 * 1024);
        if (mb <= 0) {
            return 1024;
        }
        long half = mb / 2;
        return (int) Math.max(256, Math.min(half, mb - 1024));
    }

    private static long physicalMemoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return Runtime.getRuntime().maxMemory() * 4;
    }
}
