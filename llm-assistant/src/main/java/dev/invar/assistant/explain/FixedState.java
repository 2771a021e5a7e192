package dev.invar.assistant.explain;

import dev.invar.tlc.TlaValue;
import dev.invar.tlc.TlcConfig;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * TLA+ text for values of a state, to write a predicate that one state alone satisfies. Model values
 * ({@code r1}) are not names a module can use, so each is written as the constant that is it
 * ({@code Nil}), or chosen from the constant set that holds it ({@code CHOOSE v \in RM : ToString(v) = "r1"}).
 */
public final class FixedState {
    private final Map<String, String> modelValues;

    private FixedState(Map<String, String> modelValues) {
        this.modelValues = modelValues;
    }

    /** @param constants the model's constants, as its config assigns them */
    public static FixedState of(List<TlcConfig.Constant> constants) {
        Map<String, String> names = new HashMap<>();
        for (TlcConfig.Constant c : constants) {
            if (c.substitution()) {
                continue;
            }
            TlaValue value;
            try {
                value = TlaValue.parse(c.value());
            } catch (RuntimeException e) {
                continue; // not a plain value: it cannot hold model values we need to name
            }
            if (value instanceof TlaValue.ModelValue mv && mv.name().equals(c.name())) {
                names.put(mv.name(), c.name());
            } else if (value instanceof TlaValue.SetValue set) {
                for (TlaValue e : set.elements()) {
                    if (e instanceof TlaValue.ModelValue mv) {
                        names.putIfAbsent(mv.name(), "(CHOOSE invarV \\in " + c.name() + " : ToString(invarV) = \""
                                + mv.name() + "\")");
                    }
                }
            }
        }
        return new FixedState(names);
    }

    /** {@code x = 1 /\ y = {…}}, or empty when a model value cannot be named. */
    public Optional<String> predicate(Map<String, TlaValue> state) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, TlaValue> e : state.entrySet()) {
            Optional<String> value = value(e.getValue());
            if (value.isEmpty()) {
                return Optional.empty();
            }
            out.append(out.length() == 0 ? "" : " /\\ ").append(e.getKey()).append(" = ").append(value.get());
        }
        return Optional.of(out.length() == 0 ? "TRUE" : out.toString());
    }

    /** A value as TLA+ text a module can evaluate, or empty when it holds a model value without a name. */
    public Optional<String> value(TlaValue value) {
        if (value instanceof TlaValue.ModelValue mv) {
            return Optional.ofNullable(modelValues.get(mv.name()));
        }
        if (value instanceof TlaValue.Int i && i.value().signum() < 0) {
            // Unary minus is Integers', and a spec may extend Naturals only; a step can still leave its counter at -1.
            return Optional.of("(0 - " + i.value().negate() + ")");
        }
        if (value instanceof TlaValue.SetValue s) {
            return all(s.elements(), "{", "}");
        }
        if (value instanceof TlaValue.Sequence s) {
            return all(s.elements(), "<<", ">>");
        }
        if (value instanceof TlaValue.Record r) {
            StringBuilder out = new StringBuilder("[");
            for (Map.Entry<String, TlaValue> f : r.fields().entrySet()) {
                Optional<String> v = value(f.getValue());
                if (v.isEmpty()) {
                    return Optional.empty();
                }
                out.append(out.length() == 1 ? "" : ", ").append(f.getKey()).append(" |-> ").append(v.get());
            }
            return Optional.of(out.append(']').toString());
        }
        if (value instanceof TlaValue.Function f) {
            StringBuilder out = new StringBuilder("(");
            for (TlaValue.Mapping m : f.mappings()) {
                Optional<String> k = value(m.key());
                Optional<String> v = value(m.value());
                if (k.isEmpty() || v.isEmpty()) {
                    return Optional.empty();
                }
                out.append(out.length() == 1 ? "" : " @@ ").append(k.get()).append(" :> ").append(v.get());
            }
            return Optional.of(out.append(')').toString());
        }
        return Optional.of(value.toTla());
    }

    private Optional<String> all(List<TlaValue> elements, String open, String close) {
        List<Optional<String>> texts = elements.stream().map(this::value).toList();
        if (texts.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        return Optional.of(texts.stream().map(Optional::get).collect(Collectors.joining(", ", open, close)));
    }
}
