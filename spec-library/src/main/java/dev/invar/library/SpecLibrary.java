package dev.invar.library;

import dev.invar.library.internal.BundledLibrary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The protocols bundled with Invar: list, find, read, and copy out for a user to edit. */
public interface SpecLibrary {

    /** The library in Invar's own resources. */
    static SpecLibrary bundled() {
        return BundledLibrary.load();
    }

    /** Every protocol, ordered by id. */
    List<Protocol> list();

    Optional<Protocol> find(String id);

    /** The protocol with this id, or an exception that lists the ids there are. */
    default Protocol get(String id) {
        return find(id).orElseThrow(() -> new UnknownProtocolException("protocol", id, list().stream().map(Protocol::id).toList()));
    }

    default List<Protocol> withTag(String tag) {
        return list().stream().filter(p -> p.tags().contains(tag)).toList();
    }

    /** The text of one file of a protocol (a module, a config, the README). */
    String read(Protocol protocol, String file);

    /** The names of all files of a protocol. */
    List<String> files(Protocol protocol);

    /**
     * Copies a protocol's files into {@code directory} (created if needed) and returns it. Files already
     * there are never overwritten: the copy fails instead.
     */
    Path materialize(Protocol protocol, Path directory);
}
