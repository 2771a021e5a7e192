package dev.invar.tlc.internal;

import dev.invar.tlc.SourceLocation;
import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TraceState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the states TLC prints in a behaviour: a header line, then {@code /\ var = value} conjuncts. */
public final class TraceStateParser {
    private static final Pattern HEADER = Pattern.compile("^(\\d+): (?:<(.*)>|(Stuttering))\\s*$");
    private static final Pattern ACTION = Pattern.compile("^(.*?) (line \\d+, col \\d+ to line \\d+, col \\d+ of module \\w+)$");
    private static final Pattern ASSIGNMENT = Pattern.compile("^(\\S+) = (.*)$", Pattern.DOTALL);

    private TraceStateParser() {
    }

    /** Parses a 2217 or 2218 message body; empty if it is not a state. */
    public static Optional<TraceState> parse(String body) {
        int newline = body.indexOf('\n');
        String header = newline < 0 ? body : body.substring(0, newline);
        Matcher m = HEADER.matcher(header.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int number = Integer.parseInt(m.group(1));
        if (m.group(3) != null) {
            return Optional.of(new TraceState(number, "Stuttering", Optional.empty(), TraceState.Kind.STUTTERING,
                    Map.of()));
        }
        String action = m.group(2);
        Map<String, TlaValue> variables = newline < 0 ? Map.of() : variables(body.substring(newline + 1));
        if (action.equals("Initial predicate")) {
            return Optional.of(new TraceState(number, action, Optional.empty(), TraceState.Kind.INITIAL, variables));
        }
        Matcher a = ACTION.matcher(action);
        String name = a.matches() ? a.group(1) : action;
        Optional<SourceLocation> location = a.matches() ? Locations.find(Locations.OF_MODULE, a.group(2)) : Optional.empty();
        return Optional.of(new TraceState(number, name, location, TraceState.Kind.ACTION, variables));
    }

    /** Parses a state printed as a conjunction of {@code var = value} (or a single {@code var = value}). */
    public static Map<String, TlaValue> variables(String text) {
        Map<String, TlaValue> variables = new LinkedHashMap<>();
        for (String conjunct : conjuncts(text)) {
            Matcher m = ASSIGNMENT.matcher(conjunct.strip());
            if (m.matches()) {
                variables.put(m.group(1), TlaValue.parse(m.group(2)));
            }
        }
        return variables;
    }

    private static List<String> conjuncts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("/\\ ")) {
                if (current != null) {
                    parts.add(current.toString());
                }
                current = new StringBuilder(line.substring(3));
            } else if (current != null) {
                current.append('\n').append(line);
            } else if (!line.isBlank()) {
                current = new StringBuilder(line);
            }
        }
        if (current != null) {
            parts.add(current.toString());
        }
        return parts;
    }
}
