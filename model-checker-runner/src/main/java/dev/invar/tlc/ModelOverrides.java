package dev.invar.tlc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Changes to the model given on the command line instead of in a config file. When any is present,
 * Invar generates a wrapper module that EXTENDS the spec and a config next to it; the spec itself is
 * never edited.
 *
 * @param constants constant name to a value in config syntax, e.g. {@code N -> "3"} or
 *                  {@code Procs -> "{p1, p2}"} (bare names in sets are model values)
 * @param invariants operator names or TLA+ expressions to check as invariants
 * @param properties operator names or temporal formulas to check as properties
 * @param checkDeadlock whether to report deadlock; empty keeps the config's (TLC's default: yes)
 */
public record ModelOverrides(Map<String, String> constants, List<String> invariants, List<String> properties,
                             Optional<String> init, Optional<String> next, Optional<String> specification,
                             Optional<Boolean> checkDeadlock) {
    public ModelOverrides {
        constants = Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        invariants = List.copyOf(invariants);
        properties = List.copyOf(properties);
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(checkDeadlock, "checkDeadlock");
    }

    public static ModelOverrides none() {
        return new ModelOverrides(Map.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** True when the model needs a generated config (deadlock alone is a TLC flag). */
    public boolean needsGeneratedModel() {
        return !constants.isEmpty() || !invariants.isEmpty() || !properties.isEmpty() || init.isPresent()
                || next.isPresent() || specification.isPresent();
    }
}
