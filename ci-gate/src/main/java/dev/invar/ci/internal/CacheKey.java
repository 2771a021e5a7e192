package dev.invar.ci.internal;

import dev.invar.ci.CiException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;

/**
 * A SHA-256 over everything a verdict depends on: the content of every module in the closure and the
 * config, the TLA+ tools jar, and the model's definition and flags. Equal keys, equal verdicts.
 */
public final class CacheKey {
    private static final String VERSION = "invar-ci-cache-1";

    private CacheKey() {
    }

    public static String of(Path root, Collection<Path> closure, String toolsDigest, String modelDefinition) {
        MessageDigest sha = sha256();
        update(sha, VERSION);
        update(sha, toolsDigest);
        update(sha, modelDefinition);
        for (Path file : closure.stream().sorted().toList()) {
            update(sha, root.relativize(file).toString());
            try {
                byte[] content = Files.readAllBytes(file);
                update(sha, Integer.toString(content.length));
                sha.update(content);
            } catch (IOException e) {
                throw new CiException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The digest of a file's bytes, e.g. the TLA+ tools jar. */
    public static String digest(Path file) {
        MessageDigest sha = sha256();
        try {
            sha.update(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new CiException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String s) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
