package dev.invar.cli.render.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium} run headless on a local file, with a fresh profile and nothing that talks to
 * the network, as a child process that is killed (with its helpers) if it outlives its time.
 */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private HeadlessChromium() {
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** The DOM after the page's scripts ran, serialized. */
    static String dumpDom(Path page) throws IOException, InterruptedException {
        Path out = Files.createTempFile("invar-dom-", ".html");
        try {
            run(out, "--dump-dom", page.toUri().toString());
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    static void screenshot(Path page, Path png) throws IOException, InterruptedException {
        Path out = Files.createTempFile("invar-chromium-", ".log");
        try {
            // without the compositor flag a tall page is sometimes captured before it is fully painted
            run(out, "--hide-scrollbars", "--run-all-compositor-stages-before-draw", "--window-size=1400,1000",
                    "--screenshot=" + png.toAbsolutePath(), page.toUri().toString());
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static void run(Path stdout, String... arguments) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("invar-chromium-profile-");
        Path stderr = Files.createTempFile("invar-chromium-", ".err");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish in " + TIMEOUT.toSeconds() + "s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("chromium exited with " + process.exitValue() + ":\n" + Files.readString(stderr));
            }
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            Files.deleteIfExists(stderr);
            delete(profile);
        }
    }

    private static void delete(Path directory) throws IOException {
        try (Stream<Path> all = Files.walk(directory)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
