package dev.invar.library;

import java.util.Objects;

/** A seeded bug: a module or config that changes the protocol so that TLC must find a violation. */
public record Variant(String name, String module, String config, String description, Expected expected,
                      int timeBudgetSeconds) {
    public Variant {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(expected, "expected");
    }

    /** The variant as a model, to be checked like any other. */
    public Model asModel() {
        return new Model(name, module, config, description, expected, timeBudgetSeconds, "small");
    }
}
