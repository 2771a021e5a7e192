package dev.invar.tlc;

import dev.invar.tlc.internal.ConfigParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contents of a TLC model config ({@code .cfg}): constant assignments and the names of the
 * behaviour spec, invariants, properties and the rest. Values stay in config syntax.
 */
public record TlcConfig(List<Constant> constants, Optional<String> init, Optional<String> next,
                        Optional<String> specification, List<String> invariants, List<String> properties,
                        List<String> constraints, List<String> actionConstraints, Optional<String> symmetry,
                        Optional<String> view, Optional<String> alias, Optional<String> postcondition,
                        Optional<Boolean> checkDeadlock) {

    /**
     * {@code name = value} or, with {@code substitution}, {@code name <- operator}.
     *
     * @param value the value in config syntax ({@code 3}, {@code {p1, p2}}) or the substituted operator
     */
    public record Constant(String name, String value, boolean substitution) {
        public Constant {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return name + (substitution ? " <- " : " = ") + value;
        }
    }

    public TlcConfig {
        constants = List.copyOf(constants);
        invariants = List.copyOf(invariants);
        properties = List.copyOf(properties);
        constraints = List.copyOf(constraints);
        actionConstraints = List.copyOf(actionConstraints);
        Objects.requireNonNull(init, "init");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(specification, "specification");
        Objects.requireNonNull(symmetry, "symmetry");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(postcondition, "postcondition");
        Objects.requireNonNull(checkDeadlock, "checkDeadlock");
    }

    public static TlcConfig empty() {
        return new TlcConfig(List.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Parses config text.
     *
     * @param file the file name used in error locations
     * @throws ConfigSyntaxException with the line and column of the problem
     */
    public static TlcConfig parse(String text, String file) {
        return ConfigParser.parse(text, file);
    }

    /** The constants as a reader sees them: {@code N = 3, Procs = {p1, p2}}; empty when there are none. */
    public String constantsText() {
        return constants.stream().map(Constant::toString).collect(java.util.stream.Collectors.joining(", "));
    }

    public Optional<Constant> constant(String name) {
        return constants.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** A copy where {@code name} is assigned {@code value}, replacing any earlier assignment. */
    public TlcConfig withConstant(String name, String value) {
        List<Constant> updated = new ArrayList<>(constants.stream().filter(c -> !c.name().equals(name)).toList());
        updated.add(new Constant(name, value, false));
        return new TlcConfig(updated, init, next, specification, invariants, properties, constraints,
                actionConstraints, symmetry, view, alias, postcondition, checkDeadlock);
    }

    public TlcConfig withBehaviour(Optional<String> newInit, Optional<String> newNext, Optional<String> newSpec) {
        return new TlcConfig(constants, newInit, newNext, newSpec, invariants, properties, constraints,
                actionConstraints, symmetry, view, alias, postcondition, checkDeadlock);
    }

    public TlcConfig withInvariants(List<String> all) {
        return new TlcConfig(constants, init, next, specification, all, properties, constraints,
                actionConstraints, symmetry, view, alias, postcondition, checkDeadlock);
    }

    public TlcConfig withProperties(List<String> all) {
        return new TlcConfig(constants, init, next, specification, invariants, all, constraints,
                actionConstraints, symmetry, view, alias, postcondition, checkDeadlock);
    }

    public TlcConfig withCheckDeadlock(Optional<Boolean> value) {
        return new TlcConfig(constants, init, next, specification, invariants, properties, constraints,
                actionConstraints, symmetry, view, alias, postcondition, value);
    }

    /** The config in TLC's syntax. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        constants.forEach(c -> out.append("CONSTANT ").append(c).append('\n'));
        specification.ifPresent(s -> out.append("SPECIFICATION ").append(s).append('\n'));
        init.ifPresent(s -> out.append("INIT ").append(s).append('\n'));
        next.ifPresent(s -> out.append("NEXT ").append(s).append('\n'));
        invariants.forEach(s -> out.append("INVARIANT ").append(s).append('\n'));
        properties.forEach(s -> out.append("PROPERTY ").append(s).append('\n'));
        constraints.forEach(s -> out.append("CONSTRAINT ").append(s).append('\n'));
        actionConstraints.forEach(s -> out.append("ACTION_CONSTRAINT ").append(s).append('\n'));
        symmetry.ifPresent(s -> out.append("SYMMETRY ").append(s).append('\n'));
        view.ifPresent(s -> out.append("VIEW ").append(s).append('\n'));
        alias.ifPresent(s -> out.append("ALIAS ").append(s).append('\n'));
        postcondition.ifPresent(s -> out.append("POSTCONDITION ").append(s).append('\n'));
        checkDeadlock.ifPresent(b -> out.append("CHECK_DEADLOCK ").append(b ? "TRUE" : "FALSE").append('\n'));
        return out.toString();
    }
}
