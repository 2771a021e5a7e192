package dev.invar.library;

import java.util.Objects;

/** An invariant or temporal property of a protocol, with what it guarantees in plain English. */
public record NamedFormula(String name, String description) {
    public NamedFormula {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
