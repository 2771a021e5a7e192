package dev.invar.library.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.invar.library.LibraryException;
import dev.invar.library.Protocol;
import dev.invar.library.SpecLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The library under {@code specs/} in the class path: one directory per protocol with its
 * {@code manifest.json}. Works from a jar and from a class-path folder alike.
 */
public final class BundledLibrary implements SpecLibrary {
    private static final String ROOT = "specs";
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    private final List<Protocol> protocols;
    private final Map<String, List<String>> files;

    private BundledLibrary(List<Protocol> protocols, Map<String, List<String>> files) {
        this.protocols = List.copyOf(protocols);
        this.files = Map.copyOf(files);
    }

    public static BundledLibrary load() {
        URL url = BundledLibrary.class.getClassLoader().getResource(ROOT);
        if (url == null) {
            throw new LibraryException("the spec library is missing from Invar's resources");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return scan(fs.getPath(ROOT));
            }
            return scan(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new LibraryException("cannot read the spec library: " + e.getMessage(), e);
        }
    }

    private static BundledLibrary scan(Path root) throws IOException {
        List<Protocol> protocols = new ArrayList<>();
        Map<String, List<String>> files = new java.util.HashMap<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
                Path manifest = dir.resolve("manifest.json");
                if (!Files.exists(manifest)) {
                    continue;
                }
                Protocol p = parse(manifest);
                protocols.add(p);
                try (Stream<Path> all = Files.list(dir)) {
                    files.put(p.id(), all.map(f -> f.getFileName().toString()).sorted().toList());
                }
            }
        }
        return new BundledLibrary(protocols, files);
    }

    private static Protocol parse(Path manifest) {
        try (InputStream in = Files.newInputStream(manifest)) {
            Protocol p = MAPPER.readValue(in, Protocol.class);
            String dir = manifest.getParent().getFileName().toString().replace("/", "");
            if (!p.id().equals(dir)) {
                throw new LibraryException(manifest + ": id '" + p.id() + "' does not match its directory '" + dir + "'");
            }
            return p;
        } catch (IOException e) {
            throw new LibraryException(manifest + ": not a valid manifest: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Protocol> list() {
        return protocols;
    }

    @Override
    public Optional<Protocol> find(String id) {
        return protocols.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public List<String> files(Protocol protocol) {
        return files.getOrDefault(protocol.id(), List.of());
    }

    @Override
    public String read(Protocol protocol, String file) {
        if (!files(protocol).contains(file)) {
            throw new LibraryException(protocol.id() + " has no file " + file);
        }
        try (InputStream in = BundledLibrary.class.getClassLoader().getResourceAsStream(ROOT + "/" + protocol.id() + "/" + file)) {
            if (in == null) {
                throw new LibraryException(protocol.id() + " has no file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new LibraryException("cannot read " + protocol.id() + "/" + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Path materialize(Protocol protocol, Path directory) {
        try {
            Files.createDirectories(directory);
            for (String file : files(protocol)) {
                Files.writeString(directory.resolve(file), read(protocol, file), StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
            }
            return directory;
        } catch (FileAlreadyExistsException e) {
            throw new LibraryException(e.getFile() + " already exists; choose an empty directory");
        } catch (IOException e) {
            throw new LibraryException("cannot copy " + protocol.id() + " to " + directory + ": " + e.getMessage(), e);
        }
    }
}
