package dev.invar.tlc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of a TLA+ module as its text shows it: declared constants and variables and the top-level
 * operator definitions with their bodies. A light reading (comments stripped, no full parse) that is
 * enough to generate wrapper modules and to tell a drafter what the spec talks about; SANY remains the
 * judge of what is well-formed.
 *
 * @param parameters the formal parameters of the operators defined with some
 */
public record ModuleOutline(String name, List<String> extendsModules, List<String> constants, List<String> variables,
                            Map<String, String> definitions, Map<String, List<String>> parameters) {
    private static final Pattern MODULE = Pattern.compile("-{4,}\\s*MODULE\\s+(\\w+)\\s*-{4,}");
    private static final Pattern EXTENDS = Pattern.compile("(?m)^\\s*EXTENDS\\s+(\\w+(?:\\s*,\\s*\\w+)*)");
    private static final Pattern DECLARATION =
            Pattern.compile("(?m)^\\s*(CONSTANTS?|VARIABLES?)\\s+((?:\\w+(?:\\s*\\([^)]*\\))?\\s*,\\s*)*\\w+(?:\\s*\\([^)]*\\))?)");
    private static final Pattern UNIT_START = Pattern.compile(
            "(?m)^(?:CONSTANTS?|VARIABLES?|ASSUME|ASSUMPTION|AXIOM|THEOREM|LEMMA|COROLLARY|PROPOSITION|LOCAL|INSTANCE|RECURSIVE)\\b|^-{4,}");
    private static final Pattern STRING = Pattern.compile("\"[^\"]*\"");
    private static final Pattern ANY_NAME = Pattern.compile("\\b([A-Za-z_]\\w*)\\b");
    private static final Pattern CAPITALISED_NAME = Pattern.compile("\\b([A-Z]\\w*)\\b");
    private static final Pattern DEFINITION = Pattern.compile("(?m)^(\\w+)\\s*(\\([^)]*\\))?\\s*==");

    public ModuleOutline {
        extendsModules = List.copyOf(extendsModules);
        constants = List.copyOf(constants);
        variables = List.copyOf(variables);
        definitions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
        parameters = Map.copyOf(parameters);
    }

    public static ModuleOutline of(String text) {
        String code = stripComments(text);
        Matcher module = MODULE.matcher(code);
        String name = module.find() ? module.group(1) : "";
        List<String> extended = new ArrayList<>();
        Matcher e = EXTENDS.matcher(code);
        if (e.find()) {
            for (String n : e.group(1).split("\\s*,\\s*")) {
                extended.add(n.strip());
            }
        }
        List<String> constants = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        Matcher d = DECLARATION.matcher(code);
        while (d.find()) {
            List<String> into = d.group(1).startsWith("CONSTANT") ? constants : variables;
            for (String n : d.group(2).replaceAll("\\([^)]*\\)", "").split("\\s*,\\s*")) {
                into.add(n.strip());
            }
        }
        Map<String, String> definitions = new LinkedHashMap<>();
        Matcher def = DEFINITION.matcher(code);
        List<int[]> spans = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        while (def.find()) {
            names.add(def.group(1));
            if (def.group(2) != null) {
                List<String> formal = new ArrayList<>();
                for (String p : def.group(2).substring(1, def.group(2).length() - 1).split(",")) {
                    formal.add(p.strip());
                }
                parameters.putIfAbsent(def.group(1), formal);
            }
            spans.add(new int[] {def.start(), def.end()});
        }
        // The module ends at the first line of four or more '=' (lastIndexOf would land inside the run).
        Matcher moduleEnd = Pattern.compile("(?m)^\\s*={4,}").matcher(code);
        int end = moduleEnd.find() ? moduleEnd.start() : code.length();
        for (int i = 0; i < names.size(); i++) {
            int bodyEnd = i + 1 < spans.size() ? spans.get(i + 1)[0] : (end > spans.get(i)[1] ? end : code.length());
            // A declaration or a separator line between two definitions ends the first one too.
            Matcher stop = UNIT_START.matcher(code).region(spans.get(i)[1], bodyEnd);
            if (stop.find()) {
                bodyEnd = stop.start();
            }
            definitions.putIfAbsent(names.get(i), code.substring(spans.get(i)[1], bodyEnd).strip());
        }
        return new ModuleOutline(name, extended, constants, variables, definitions, parameters);
    }

    /**
     * The outline of the module in {@code spec} with what it EXTENDS from modules beside it (the user's own;
     * standard modules are not files there): the constants, variables and definitions the module sees. A
     * module that only adds an invariant to a protocol thus still has the protocol's TypeOK, Next and variables.
     */
    public static ModuleOutline read(Path spec) {
        return read(spec, new HashSet<>()).orElseThrow(() -> new UncheckedIOException(new NoSuchFileException(spec.toString())));
    }

    /** The modules of TLA+ and TLC's standard library, which are not files beside a spec. */
    private static final Set<String> STANDARD = Set.of("Naturals", "Integers", "Reals", "Sequences", "FiniteSets", "Bags",
            "TLC", "TLCExt", "RealTime", "Randomization", "Json", "Toolbox", "TLAPS");

    /**
     * The modules the spec's module EXTENDS that are neither standard modules nor files beside it: what TLC will not
     * find, and what its outline leaves out (a proof module written away from the spec it extends, say).
     */
    public static List<String> missingExtends(Path spec) {
        try {
            return of(Files.readString(spec, StandardCharsets.UTF_8)).extendsModules().stream()
                    .filter(m -> !STANDARD.contains(m) && !Files.isRegularFile(spec.resolveSibling(m + ".tla"))).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<ModuleOutline> read(Path module, Set<Path> visited) {
        if (!visited.add(module.toAbsolutePath().normalize()) || !Files.isRegularFile(module)) {
            return Optional.empty();
        }
        ModuleOutline own;
        try {
            own = of(Files.readString(module, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> constants = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        Map<String, String> definitions = new LinkedHashMap<>();
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String extended : own.extendsModules()) {
            read(module.resolveSibling(extended + ".tla"), visited).ifPresent(o -> {
                o.constants().stream().filter(c -> !constants.contains(c)).forEach(constants::add);
                o.variables().stream().filter(v -> !variables.contains(v)).forEach(variables::add);
                o.definitions().forEach(definitions::putIfAbsent);
                o.parameters().forEach(parameters::putIfAbsent);
            });
        }
        own.constants().stream().filter(c -> !constants.contains(c)).forEach(constants::add);
        own.variables().stream().filter(v -> !variables.contains(v)).forEach(variables::add);
        own.definitions().forEach(definitions::putIfAbsent);
        own.parameters().forEach(parameters::putIfAbsent);
        return Optional.of(new ModuleOutline(own.name(), own.extendsModules(), constants, variables, definitions, parameters));
    }

    /**
     * The variables an expression reads, directly or through the definitions it uses (a conservative
     * reading: every variable named anywhere in them).
     */
    public java.util.Set<String> variablesUsed(String expression) {
        java.util.Set<String> used = new java.util.LinkedHashSet<>();
        collectVariables(expression, used, new java.util.HashSet<>());
        return used;
    }

    private void collectVariables(String text, java.util.Set<String> used, java.util.Set<String> visited) {
        Matcher m = ANY_NAME.matcher(withoutStrings(text));
        while (m.find()) {
            String name = m.group(1);
            if (variables.contains(name)) {
                used.add(name);
            } else if (definitions.containsKey(name) && visited.add(name)) {
                collectVariables(definitions.get(name), used, visited);
            }
        }
    }

    /**
     * Whether an expression primes a variable or says UNCHANGED, in its text or in a definition it uses: an action,
     * not a predicate of one state.
     */
    public boolean changesState(String expression) {
        return changesState(expression, ANY_NAME, new java.util.HashSet<>());
    }

    /** Whether {@code text} primes or says UNCHANGED, or a definition it names (by {@code names}) does, at any depth. */
    private boolean changesState(String text, Pattern names, java.util.Set<String> visited) {
        String code = withoutStrings(text);
        if (code.contains("'") || code.contains("UNCHANGED")) {
            return true;
        }
        Matcher m = names.matcher(code);
        while (m.find()) {
            String name = m.group(1);
            if (definitions.containsKey(name) && visited.add(name) && changesState(definitions.get(name), names, visited)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with each string literal emptied: a control point named as its action is, {@code pc[i] = "Li0"} in
     * {@code Li0(i)}, or as a variable, names neither.
     */
    private static String withoutStrings(String text) {
        return STRING.matcher(text).replaceAll("\"\"");
    }

    /** Whether a definition changes the state, following only the capitalised names it uses (those of actions). */
    private boolean isStateChanging(String operator) {
        return changesState(definition(operator).orElse(""), CAPITALISED_NAME, new java.util.HashSet<>(java.util.Set.of(operator)));
    }

    /**
     * Whether {@code name} is constant: a CONSTANT, or a definition without parameters that reads no variable,
     * directly or through the definitions it uses ({@code Input == [i \in 1..N |-> i % 2]}, {@code Quorum}).
     */
    public boolean isConstant(String name) {
        return constants.contains(name) || parameters(name).isEmpty() && definition(name).filter(b -> variablesUsed(b).isEmpty()).isPresent();
    }

    /** Whether the module (or what it extends beside it) defines or declares {@code name}. */
    public boolean declares(String name) {
        return definitions.containsKey(name) || variables.contains(name) || constants.contains(name);
    }

    /** The formal parameters of an operator defined with them, e.g. {@code [r]} for {@code Prepare(r) == …}. */
    public List<String> parameters(String operator) {
        return parameters.getOrDefault(operator, List.of());
    }

    public Optional<String> definition(String operator) {
        return Optional.ofNullable(definitions.get(operator));
    }

    /**
     * The actions Next is made of: operators it refers to whose bodies change variables (a prime or
     * UNCHANGED), found through intermediate disjunctions such as {@code Next == TMNext \/ RMNext}.
     */
    public List<String> actions(String next) {
        List<String> actions = new ArrayList<>();
        collectActions(next, actions, new java.util.HashSet<>());
        actions.remove(next);
        return actions;
    }

    private void collectActions(String operator, List<String> actions, java.util.Set<String> visited) {
        if (!visited.add(operator)) {
            return;
        }
        String body = definition(operator).orElse("");
        boolean changesState = body.contains("'") || body.contains("UNCHANGED");
        List<String> referenced = new ArrayList<>();
        Matcher m = CAPITALISED_NAME.matcher(body);
        while (m.find()) {
            if (definitions.containsKey(m.group(1)) && !referenced.contains(m.group(1))) {
                referenced.add(m.group(1));
            }
        }
        boolean composite = !changesState && referenced.stream().anyMatch(this::isStateChanging);
        if (changesState || !composite) {
            if (changesState && !actions.contains(operator)) {
                actions.add(operator);
            }
            return;
        }
        referenced.forEach(r -> collectActions(r, actions, visited));
    }

    static String stripComments(String text) {
        return text.replaceAll("(?s)\\(\\*.*?\\*\\)", " ").replaceAll("\\\\\\*[^\\n]*", "");
    }
}
