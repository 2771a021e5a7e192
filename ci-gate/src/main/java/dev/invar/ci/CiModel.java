package dev.invar.ci;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One model a repository gates on.
 *
 * @param spec the root module, relative to the project root
 * @param config the TLC config, relative to the project root; empty means SPEC.cfg, or only the inline parts
 * @param constants, invariants, properties inline model parts, as {@code invar check --const/--inv/--prop}
 * @param distinctStates bounds on the distinct states of a successful exhaustive check
 * @param timeoutSeconds the model's time budget
 */
public record CiModel(String name, String spec, Optional<String> config, Map<String, String> constants,
                      List<String> invariants, List<String> properties, Expectation expect,
                      @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = StateBounds.NoneFilter.class)
                      StateBounds distinctStates, OptionalInt timeoutSeconds, OptionalInt workers) {
    public CiModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(spec, "spec");
        config = config == null ? Optional.empty() : config;
        constants = constants == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(constants));
        invariants = invariants == null ? List.of() : List.copyOf(invariants);
        properties = properties == null ? List.of() : List.copyOf(properties);
        expect = expect == null ? Expectation.success() : expect;
        distinctStates = distinctStates == null ? StateBounds.none() : distinctStates;
        timeoutSeconds = timeoutSeconds == null ? OptionalInt.empty() : timeoutSeconds;
        workers = workers == null ? OptionalInt.empty() : workers;
    }
}
