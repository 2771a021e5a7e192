package dev.invar.tlc.internal;

import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the marks generated modules print with {@code PrintT(ToString(<<"invar-…", …>>))}. They are
 * printed as one string because TLC wraps long printed values over several lines.
 */
public final class PrintedMark {
    private PrintedMark() {
    }

    /** The elements of the mark's tuple, the tag first, if the event is such a mark. */
    public static Optional<List<TlaValue>> read(TlcEvent event) {
        if (!(event instanceof TlcEvent.RawLine line) || !line.text().startsWith("\"<<\\\"invar-")
                || !(TlaValue.parse(line.text()) instanceof TlaValue.Str printed)
                || !(TlaValue.parse(printed.value()) instanceof TlaValue.Sequence mark) || mark.elements().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(mark.elements());
    }

    /** Whether a mark's tag is {@code tag}. */
    public static boolean tagged(List<TlaValue> mark, String tag) {
        return mark.get(0).equals(new TlaValue.Str(tag));
    }

    /** A state printed as the tuple of the variables' values, keyed by the variables' names. */
    public static Map<String, TlaValue> state(TlaValue tuple, List<String> variables) {
        Map<String, TlaValue> state = new LinkedHashMap<>();
        if (tuple instanceof TlaValue.Sequence values) {
            for (int v = 0; v < variables.size() && v < values.elements().size(); v++) {
                state.put(variables.get(v), values.elements().get(v));
            }
        }
        return state;
    }
}
