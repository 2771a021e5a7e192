package dev.invar.assistant.prove;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The TLA+ Proof Manager, when it is installed: the only thing that proves a theorem. */
public final class Tlapm {
    private static final Pattern ALL_PROVED = Pattern.compile("All (\\d+) obligations? proved");
    private static final Pattern FAILED = Pattern.compile("(\\d+)/(\\d+) obligations? failed");

    private Tlapm() {
    }

    /** The tlapm executable on the PATH, if any. */
    public static Optional<Path> find(Map<String, String> environment) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty()) {
                Path candidate = Path.of(dir, "tlapm");
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs tlapm on a proof module (the spec's directory on its include path) and says what it proved. */
    public static String check(Path tlapm, Path module, Path specDirectory, Duration timeout) {
        ProcessBuilder builder = new ProcessBuilder(tlapm.toString(), "-I", specDirectory.toString(), module.getFileName().toString())
                .directory(module.getParent().toFile()).redirectErrorStream(true);
        builder.environment().clear();
        try {
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return "tlapm did not finish within " + timeout.toMinutes() + " min";
            }
            String text = new String(output, StandardCharsets.UTF_8);
            Matcher all = ALL_PROVED.matcher(text);
            if (all.find()) {
                return "tlapm proved all " + all.group(1) + " obligations";
            }
            Matcher failed = FAILED.matcher(text);
            if (failed.find()) {
                return "tlapm: " + failed.group(1) + " of " + failed.group(2) + " obligations failed (the skeleton needs more steps)";
            }
            return "tlapm exited with code " + process.exitValue() + " without a summary";
        } catch (IOException e) {
            return "tlapm could not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "tlapm was interrupted";
        }
    }
}
