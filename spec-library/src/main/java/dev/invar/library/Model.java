package dev.invar.library;

import java.util.Objects;

/**
 * A model of a protocol: a config for one of its modules, with the result TLC must give.
 *
 * @param size {@code small} (checked in seconds, part of the default test run) or {@code large}
 */
public record Model(String name, String module, String config, String description, Expected expected,
                    int timeBudgetSeconds, String size) {
    public Model {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(size, "size");
    }

    public boolean small() {
        return size.equals("small");
    }
}
