package dev.invar.tlc.internal;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of a resident TLC JVM: it runs TLC once per line read on stdin, so that a search that
 * needs many short runs of one spec pays for the JVM, the class loading and the JIT once. Each line is a
 * nonce and TLC's command-line arguments, tab-separated; TLC's output goes to stdout as it would in its
 * own JVM, followed by a line with the nonce and TLC's exit code.
 *
 * <p>TLC keeps global static state. Before each run the state a fresh JVM would have is restored: the
 * settings in {@code TLCGlobals} and TLC's own statics as they were at start, the definition slots
 * SANY and TLC store in interned strings, the table of model values, and {@code ToolIO}'s streams and
 * messages. Everything is reached by reflection, so a tools jar that lacks any of it is refused at start
 * ({@value #UNSUPPORTED}) and the caller runs TLC one JVM per run instead. Only the JDK and the tools
 * jar are on this JVM's class path besides this class.
 */
public final class ResidentTlcMain {
    public static final String READY = "invar-resident-ready";
    public static final String UNSUPPORTED = "invar-resident-unsupported";
    /** A resident JVM nobody asked anything of for this long ends itself. */
    private static final long IDLE_MILLIS = 60_000;

    private static volatile long lastActivity = System.currentTimeMillis();
    private static volatile boolean running;

    private ResidentTlcMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(out); // a worker thread's stray stack trace arrives in order with TLC's messages
        FreshState fresh;
        try {
            fresh = FreshState.capture();
        } catch (ReflectiveOperationException | RuntimeException e) {
            out.println(UNSUPPORTED + " " + e);
            return;
        }
        startIdleWatch();
        out.println(READY);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            running = true;
            String[] fields = line.split("\t", -1);
            int code;
            try {
                fresh.restore(out);
                code = fresh.runTlc(Arrays.copyOfRange(fields, 1, fields.length));
            } catch (Throwable t) {
                t.printStackTrace(out);
                code = 255;
            }
            out.flush();
            out.println(fields[0] + " " + code);
            lastActivity = System.currentTimeMillis();
            running = false;
        }
        System.exit(0); // TLC may leave non-daemon threads (JMX, RMI) behind
    }

    private static void startIdleWatch() {
        Thread watch = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    return;
                }
                if (!running && System.currentTimeMillis() - lastActivity > IDLE_MILLIS) {
                    System.exit(0);
                }
            }
        }, "invar-idle-watch");
        watch.setDaemon(true);
        watch.start();
    }

    /** What a fresh JVM has before TLC's first run, and how to get it back. */
    private static final class FreshState {
        private final List<Field> fields = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();
        private final Field internTable;
        private final Field internSlots;
        private final Field stringLocation;
        private final Method modelValuesInit;
        private final Method toolIoReset;
        private final Field toolIoOut;
        private final Field toolIoErr;
        private final java.lang.reflect.Constructor<?> newTlc;
        private final Method handleParameters;
        private final Method mainFile;
        private final Method setResolver;
        private final Method process;
        private final Method exitStatus;
        private final Method parseDirname;
        private final java.lang.reflect.Constructor<?> defaultResolver;
        private final java.lang.reflect.Constructor<?> resolverIn;

        private FreshState() throws ReflectiveOperationException {
            for (String name : List.of("tlc2.TLCGlobals", "tlc2.TLC", "tlc2.value.RandomEnumerableValues", "util.UniqueString",
                    "tlc2.tool.Simulator", "tlc2.tool.AbstractChecker")) {
                for (Field f : Class.forName(name).getDeclaredFields()) {
                    int m = f.getModifiers();
                    if (Modifier.isStatic(m) && !Modifier.isFinal(m) && !f.getName().equals("internTbl")) {
                        f.setAccessible(true);
                        fields.add(f);
                        values.add(f.get(null));
                    }
                }
            }
            Class<?> uniqueString = Class.forName("util.UniqueString");
            internTable = uniqueString.getDeclaredField("internTbl");
            internSlots = Class.forName("util.InternTable").getDeclaredField("table");
            internSlots.setAccessible(true);
            stringLocation = uniqueString.getDeclaredField("loc");
            stringLocation.setAccessible(true);
            modelValuesInit = Class.forName("tlc2.value.impl.ModelValue").getMethod("init");
            Class<?> toolIo = Class.forName("util.ToolIO");
            toolIoReset = toolIo.getMethod("reset");
            toolIoOut = toolIo.getField("out");
            toolIoErr = toolIo.getField("err");
            // Every entry point is looked up now: a tools jar that lacks one is refused at start, not in a run.
            Class<?> tlc = Class.forName("tlc2.TLC");
            newTlc = tlc.getConstructor();
            handleParameters = tlc.getMethod("handleParameters", String[].class);
            mainFile = tlc.getMethod("getMainFile");
            setResolver = tlc.getMethod("setResolver", Class.forName("util.FilenameToStream"));
            process = tlc.getMethod("process");
            exitStatus = Class.forName("tlc2.output.EC$ExitStatus").getMethod("errorConstantToExitStatus", int.class);
            parseDirname = Class.forName("util.FileUtil").getMethod("parseDirname", String.class);
            Class<?> resolver = Class.forName("util.SimpleFilenameToStream");
            defaultResolver = resolver.getConstructor();
            resolverIn = resolver.getConstructor(String.class);
        }

        static FreshState capture() throws ReflectiveOperationException {
            return new FreshState();
        }

        void restore(PrintStream out) throws ReflectiveOperationException {
            for (int i = 0; i < fields.size(); i++) {
                fields.get(i).set(null, values.get(i));
            }
            // Interned strings keep the variable or definition slot of the last spec TLC processed.
            Object[] slots = (Object[]) internSlots.get(internTable.get(null));
            for (Object s : slots) {
                if (s != null) {
                    stringLocation.setInt(s, -1);
                }
            }
            modelValuesInit.invoke(null);
            toolIoReset.invoke(null);
            toolIoOut.set(null, out);
            toolIoErr.set(null, out);
        }

        /** What {@code tlc2.TLC.main} does, with the exit code returned instead of exiting. */
        int runTlc(String[] arguments) throws ReflectiveOperationException {
            Object run = newTlc.newInstance();
            if (!(Boolean) handleParameters.invoke(run, (Object) arguments)) {
                return 1;
            }
            String directory = (String) parseDirname.invoke(null, mainFile.invoke(run));
            setResolver.invoke(run, directory.isEmpty() ? defaultResolver.newInstance() : resolverIn.newInstance(directory));
            return (Integer) exitStatus.invoke(null, (Integer) process.invoke(run));
        }
    }
}
