package dev.invar.tlc.internal;

import dev.invar.tlc.Mode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The command line of one TLC child JVM, as a pure function of its inputs so that it can be tested
 * without launching anything.
 *
 * @param libraryPath directory SANY also searches for modules (the user's spec directory when TLC
 *                    runs a generated wrapper module)
 * @param checkDeadlock empty keeps the config's setting; {@code false} adds {@code -deadlock}
 * @param temporaryDirectory the child's {@code java.io.tmpdir}: SANY copies the standard modules there,
 *                           and TLCs sharing one directory race on those copies
 * @param serverHost set for TLC's distributed mode: run TLCServer, reachable by workers at this address
 */
public record TlcCommandLine(Path java, Path toolsJar, int heapMegabytes, Optional<Path> libraryPath, Path metaDirectory,
                             Path temporaryDirectory,
                             Path module, Path config, OptionalInt workers, Mode mode, OptionalInt depth,
                             OptionalLong traces, OptionalLong seed, Optional<Boolean> checkDeadlock,
                             boolean continueAfterViolation, Optional<Path> dumpDot, List<String> extraArguments,
                             Optional<String> serverHost) {

    /** How many of TLC's fingerprint polynomials a seed picks from (TLC's FP64 has more; these are the first). */
    private static final int FINGERPRINT_POLYNOMIALS = 64;

    public TlcCommandLine {
        extraArguments = List.copyOf(extraArguments);
    }

    /** The command line of one TLCWorker that joins a distributed run. */
    public static List<String> worker(Path java, Path toolsJar, int heapMegabytes, String serverHost) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions(heapMegabytes));
        cmd.add("-cp");
        cmd.add(toolsJar.toString());
        cmd.add("tlc2.tool.distributed.TLCWorker");
        cmd.add(serverHost);
        return cmd;
    }

    /** JVM options that matter for TLC's throughput; TLC itself asks for the parallel collector. */
    static List<String> jvmOptions(int heapMegabytes) {
        return List.of("-XX:+UseParallelGC", "-Xmx" + heapMegabytes + "m", "-Dfile.encoding=UTF-8");
    }

    public List<String> toList() {
        List<String> cmd = new ArrayList<>(jvm());
        cmd.add("-Djava.io.tmpdir=" + temporaryDirectory);
        cmd.add("-cp");
        cmd.add(toolsJar.toString());
        cmd.add(serverHost.isPresent() ? "tlc2.tool.distributed.TLCServer" : "tlc2.TLC");
        cmd.addAll(tlcArguments());
        return cmd;
    }

    /** The JVM's part of the command line: java and the options that do not change from run to run of a spec. */
    public List<String> jvm() {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions(heapMegabytes));
        libraryPath.ifPresent(p -> cmd.add("-DTLA-Library=" + p));
        serverHost.ifPresent(h -> cmd.add("-Djava.rmi.server.hostname=" + h));
        return cmd;
    }

    /** TLC's own arguments, after its main class. */
    public List<String> tlcArguments() {
        List<String> cmd = new ArrayList<>();
        cmd.add("-tool");
        if (serverHost.isEmpty()) {
            cmd.add("-workers");
            cmd.add(workers.isPresent() ? Integer.toString(workers.getAsInt()) : "auto");
        }
        cmd.add("-metadir");
        cmd.add(metaDirectory.toString());
        cmd.add("-config");
        cmd.add(config.toString());
        if (checkDeadlock.equals(Optional.of(false))) {
            cmd.add("-deadlock");
        }
        if (continueAfterViolation) {
            cmd.add("-continue");
        }
        if (mode == Mode.SIMULATE) {
            cmd.add("-simulate");
            traces.ifPresent(n -> cmd.add("num=" + n));
            depth.ifPresent(d -> {
                cmd.add("-depth");
                cmd.add(Integer.toString(d));
            });
        }
        // The seed of simulation, and in model checking of TLC's random choices (RandomSubset, RandomElement).
        // In model checking TLC draws those from each state's fingerprint, and picks the fingerprint polynomial
        // at random: the seed picks it too, so that one seed draws one sample.
        seed.ifPresent(s -> {
            cmd.add("-seed");
            cmd.add(Long.toString(s));
            if (!extraArguments.contains("-fp")) {
                cmd.add("-fp");
                cmd.add(Long.toString(Math.floorMod(s, FINGERPRINT_POLYNOMIALS)));
            }
        });
        dumpDot.ifPresent(f -> {
            cmd.add("-dump");
            cmd.add("dot,actionlabels,colorize");
            cmd.add(f.toString());
        });
        cmd.addAll(extraArguments);
        // TLC's distributed server finds the root module only by name, in its working directory.
        cmd.add(serverHost.isPresent() ? module.getFileName().toString().replaceAll("\\.tla$", "") : module.toString());
        return cmd;
    }
}
