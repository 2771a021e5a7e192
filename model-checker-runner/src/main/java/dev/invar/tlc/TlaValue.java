package dev.invar.tlc;

import dev.invar.tlc.internal.ValueParser;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A TLA+ value as TLC prints it, parsed into a tree. Values TLC prints in a form that is not a plain
 * value (an interval {@code 1..3}, {@code SUBSET S}, a set of functions) are kept verbatim as
 * {@link Opaque} so nothing is lost.
 */
public sealed interface TlaValue {

    /** Parses TLC's printed form of a value. */
    static TlaValue parse(String text) {
        return ValueParser.parse(text);
    }

    /** The value in TLA+ syntax, as TLC would print it. */
    String toTla();

    record Bool(boolean value) implements TlaValue {
        @Override
        public String toTla() {
            return value ? "TRUE" : "FALSE";
        }
    }

    record Int(BigInteger value) implements TlaValue {
        public Int {
            Objects.requireNonNull(value, "value");
        }

        public static Int of(long value) {
            return new Int(BigInteger.valueOf(value));
        }

        @Override
        public String toTla() {
            return value.toString();
        }
    }

    record Str(String value) implements TlaValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toTla() {
            StringBuilder out = new StringBuilder("\"");
            for (char c : value.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\t' -> out.append("\\t");
                    case '\r' -> out.append("\\r");
                    case '\f' -> out.append("\\f");
                    default -> out.append(c);
                }
            }
            return out.append('"').toString();
        }
    }

    /** A model value from the config, such as {@code p1}: equal only to itself. */
    record ModelValue(String name) implements TlaValue {
        public ModelValue {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toTla() {
            return name;
        }
    }

    record SetValue(List<TlaValue> elements) implements TlaValue {
        public SetValue {
            elements = List.copyOf(elements);
        }

        @Override
        public String toTla() {
            return elements.stream().map(TlaValue::toTla).collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /** A tuple or sequence {@code <<a, b>>}: a function with domain {@code 1..n}. */
    record Sequence(List<TlaValue> elements) implements TlaValue {
        public Sequence {
            elements = List.copyOf(elements);
        }

        @Override
        public String toTla() {
            return elements.stream().map(TlaValue::toTla).collect(Collectors.joining(", ", "<<", ">>"));
        }
    }

    /** A record {@code [a |-> 1, b |-> 2]}; fields keep TLC's order. */
    record Record(Map<String, TlaValue> fields) implements TlaValue {
        public Record {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        @Override
        public String toTla() {
            return fields.entrySet().stream()
                    .map(e -> e.getKey() + " |-> " + e.getValue().toTla())
                    .collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /** A function written with {@code :>} and {@code @@}: {@code (a :> 1 @@ b :> 2)}. */
    record Function(List<Mapping> mappings) implements TlaValue {
        public Function {
            mappings = List.copyOf(mappings);
        }

        @Override
        public String toTla() {
            return mappings.stream()
                    .map(m -> m.key().toTla() + " :> " + m.value().toTla())
                    .collect(Collectors.joining(" @@ ", "(", ")"));
        }
    }

    record Mapping(TlaValue key, TlaValue value) {
        public Mapping {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A value kept as TLC printed it, because it is not a plain value (e.g. {@code 1..3}). */
    record Opaque(String text) implements TlaValue {
        public Opaque {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toTla() {
            return text;
        }
    }
}
