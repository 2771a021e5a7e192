package dev.invar.library;

import java.util.List;
import java.util.Objects;

/**
 * One protocol of the library, as its {@code manifest.json} describes it (schema: docs/library-manifest-schema.json).
 *
 * @param mainModule the module of the correct protocol
 * @param modules every module file of the protocol, variants included
 */
public record Protocol(int schemaVersion, String id, String title, String summary, List<String> tags,
                       List<String> concepts, List<String> failures, String mainModule, List<String> modules,
                       List<NamedFormula> invariants, List<NamedFormula> properties, List<Model> models,
                       List<Variant> variants) {
    public Protocol {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(mainModule, "mainModule");
        tags = List.copyOf(tags);
        concepts = List.copyOf(concepts);
        failures = List.copyOf(failures);
        modules = List.copyOf(modules);
        invariants = List.copyOf(invariants);
        properties = List.copyOf(properties);
        models = List.copyOf(models);
        variants = List.copyOf(variants);
    }

    /** The named model; {@code small} when no name is given. */
    public Model model(String name) {
        return models.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownProtocolException("model of " + id, name, models.stream().map(Model::name).toList()));
    }

    public Variant variant(String name) {
        return variants.stream().filter(v -> v.name().equals(name)).findFirst()
                .orElseThrow(() -> new UnknownProtocolException("variant of " + id, name, variants.stream().map(Variant::name).toList()));
    }
}
