package dev.invar.assistant;

import dev.invar.tlc.TlaValue;
import dev.invar.tlc.Trace;
import dev.invar.tlc.TraceState;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Behaviours and states as TLC prints them ({@code State 2: <Request>} and {@code /\ var = value} lines),
 * the form language models have seen most and users recognise from TLC's own output.
 */
public final class TraceText {
    private TraceText() {
    }

    /** Every state of the trace, numbered, with the action that led to it, and the loop of a lasso. */
    public static String of(Trace trace) {
        StringBuilder out = new StringBuilder();
        for (TraceState s : trace.states()) {
            out.append(out.length() == 0 ? "" : "\n\n").append("State ").append(s.number()).append(": <")
                    .append(s.action()).append(">\n").append(state(s.variables()));
        }
        trace.loopsBackTo().ifPresent(n -> out.append("\n\nBack to state ").append(n));
        return out.toString();
    }

    /** One state: a {@code /\ var = value} line per variable. */
    public static String state(Map<String, TlaValue> variables) {
        return variables.entrySet().stream().map(e -> "/\\ " + e.getKey() + " = " + e.getValue().toTla())
                .collect(Collectors.joining("\n"));
    }
}
