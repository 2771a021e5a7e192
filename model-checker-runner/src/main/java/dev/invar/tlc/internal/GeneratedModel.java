package dev.invar.tlc.internal;

import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.TlcConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A wrapper module that EXTENDS the user's spec and defines the expressions given on the command
 * line as named operators, with the config that checks them. The user's spec is never edited.
 *
 * @param definitions generated operator name to the expression the user wrote, to report violations
 *                    in the user's own words
 * @param given every expression or name the request gave, in order, so that an error TLC places in the
 *              wrapper can be said of what the user wrote
 */
public record GeneratedModel(String moduleName, String moduleText, String configText, Map<String, String> definitions,
                             List<Given> given) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern DEFINES_SPEC = Pattern.compile("(?m)^\\s*Spec\\s*==");
    /** The wrapper's lines before the first definition: MODULE, the comment, EXTENDS, a blank line. */
    private static final int HEADER_LINES = 4;
    /** How far each line of an expression is indented in the wrapper. */
    public static final int INDENT = 4;

    public GeneratedModel {
        definitions = Map.copyOf(definitions);
        given = List.copyOf(given);
    }

    /**
     * An expression or name a request gave for a part of the model, and where a generated module holds it.
     *
     * @param role what it is, as a sentence names it: "invariant", "property", "initial predicate", …
     * @param name the operator the config names: the expression itself when it was a name
     * @param firstLine the module's line that holds its first line, 0 when it was a name (not in the module)
     * @param lastLine the module's line that holds its last line
     * @param indent how many columns precede it on each of its lines
     * @param nextLine the line where the module's next text begins: an error there, or between, means it ends too early
     */
    public record Given(String role, String expression, String name, int firstLine, int lastLine, int indent, int nextLine) {
        /** A name, passed as is: no line of the module holds it. */
        static Given name(String role, String name) {
            return new Given(role, name, name, 0, 0, 0, 0);
        }

        /**
         * The expression of the one-line definition {@code name == expression} of {@code moduleText}, which the next
         * line follows; empty when the module has none.
         */
        public static Optional<Given> oneLine(String moduleText, String name, String role, String expression) {
            String[] lines = moduleText.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith(name + " == ")) {
                    return Optional.of(new Given(role, expression, name, i + 1, i + 1, name.length() + 4, i + 2));
                }
            }
            return Optional.empty();
        }

        public boolean isName() {
            return firstLine == 0;
        }
    }

    /**
     * Builds the wrapper.
     *
     * @param specModule the user's root module name
     * @param specText the user's root module text (to choose a default behaviour spec)
     * @param base the user's config, or {@link TlcConfig#empty()} when there is none
     */
    public static GeneratedModel build(String specModule, String specText, TlcConfig base, ModelOverrides overrides) {
        String wrapper = "InvarModel_" + specModule;
        Map<String, String> definitions = new LinkedHashMap<>();
        List<Given> given = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        String indent = " ".repeat(INDENT);
        java.util.function.BiFunction<String, String, Function<String, String>> definer = (prefix, role) -> new Function<>() {
            private int counter;

            @Override
            public String apply(String expression) {
                String trimmed = expression.strip();
                if (NAME.matcher(trimmed).matches()) {
                    given.add(Given.name(role, trimmed));
                    return trimmed;
                }
                String name = prefix + "_" + (++counter);
                definitions.put(name, trimmed);
                int first = HEADER_LINES + 1 + (int) body.chars().filter(c -> c == '\n').count() + 1;
                int last = first + (int) trimmed.chars().filter(c -> c == '\n').count();
                given.add(new Given(role, trimmed, name, first, last, INDENT, last + 2));
                body.append(name).append(" ==\n").append(indent).append(trimmed.replace("\n", "\n" + indent)).append("\n\n");
                return name;
            }
        };
        Function<String, String> invariant = definer.apply("InvarInvariant", "invariant");
        Function<String, String> property = definer.apply("InvarProperty", "property");
        Function<String, String> init = definer.apply("InvarInit", "initial predicate");
        Function<String, String> next = definer.apply("InvarNext", "next-state relation");
        Function<String, String> specification = definer.apply("InvarSpec", "behaviour spec");

        TlcConfig config = base;
        for (Map.Entry<String, String> c : overrides.constants().entrySet()) {
            config = config.withConstant(c.getKey(), c.getValue());
        }
        if (overrides.init().isPresent() || overrides.next().isPresent() || overrides.specification().isPresent()) {
            config = config.withBehaviour(overrides.init().map(init), overrides.next().map(next),
                    overrides.specification().map(specification));
        } else if (config.specification().isEmpty() && config.init().isEmpty()) {
            config = DEFINES_SPEC.matcher(specText).find()
                    ? config.withBehaviour(Optional.empty(), Optional.empty(), Optional.of("Spec"))
                    : config.withBehaviour(Optional.of("Init"), Optional.of("Next"), Optional.empty());
        }
        List<String> invariants = new ArrayList<>(config.invariants());
        overrides.invariants().stream().map(invariant).filter(n -> !invariants.contains(n)).forEach(invariants::add);
        List<String> properties = new ArrayList<>(config.properties());
        overrides.properties().stream().map(property).filter(n -> !properties.contains(n)).forEach(properties::add);
        config = config.withInvariants(invariants).withProperties(properties);
        if (overrides.checkDeadlock().isPresent()) {
            config = config.withCheckDeadlock(overrides.checkDeadlock());
        }

        String module = "---- MODULE " + wrapper + " ----\n"
                + "\\* Generated by Invar for one run. It extends the spec, which is not edited.\n"
                + "EXTENDS " + specModule + "\n\n"
                + body
                + "====\n";
        String header = "\\* Generated by Invar for one run of " + specModule + ".\n";
        return new GeneratedModel(wrapper, module, header + config.toText(), definitions, given);
    }
}
