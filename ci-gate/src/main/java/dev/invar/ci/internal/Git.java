package dev.invar.ci.internal;

import dev.invar.ci.CiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** The few questions the CI gate asks git. */
public final class Git {
    private Git() {
    }

    /** Files changed between {@code ref} and the working tree, plus untracked files, as absolute paths. */
    public static Set<Path> changedSince(Path root, String ref) {
        Path top = Path.of(run(root, "git", "rev-parse", "--show-toplevel").strip());
        Set<Path> changed = new LinkedHashSet<>();
        for (String line : run(root, "git", "diff", "--name-only", ref, "--").split("\n")) {
            if (!line.isBlank()) {
                changed.add(top.resolve(line.strip()).normalize());
            }
        }
        for (String line : run(root, "git", "ls-files", "--others", "--exclude-standard", "--full-name").split("\n")) {
            if (!line.isBlank()) {
                changed.add(top.resolve(line.strip()).normalize());
            }
        }
        return changed;
    }

    private static String run(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new CiException(String.join(" ", command) + " failed: " + out.strip());
            }
            return out;
        } catch (IOException e) {
            throw new CiException("cannot run git: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CiException("interrupted while running git");
        }
    }
}
