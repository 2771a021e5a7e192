package dev.invar.tlc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.invar.tlc.TlaValue;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValueParserTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "TRUE", "FALSE", "0", "-2147483647", "123456789012345678901234567890", "\"\"", "\"a\\\"b\\\\c\\nd\\te\"",
            "p1", "{}", "<<>>", "{1, 2, 3}", "<<1, \"x\", {p1, p2}>>", "[a |-> 1, b |-> [c |-> <<>>]]",
            "(p1 :> {<<p1, 2>>} @@ p2 :> {<<p2, 2>>})", "(0 :> 1 @@ 2 :> 3)", "{[f |-> {}], [f |-> {1}]}",
            "1..3", "SUBSET {1}", "[{1} -> {2}]", "{1..3, 5}", "<<(a :> <<>>), [x |-> (1 :> 2)]>>"})
    void roundTripsWhatTlcPrints(String text) {
        assertEquals(text, TlaValue.parse(text).toTla());
    }

    @Test
    void parsesIntoATree() {
        TlaValue v = TlaValue.parse("[s |-> \"a\\\"b\", n |-> -5, q |-> <<1, {p1}>>, g |-> (0 :> TRUE)]");
        TlaValue.Record r = assertInstanceOf(TlaValue.Record.class, v);
        assertEquals(List.of("s", "n", "q", "g"), List.copyOf(r.fields().keySet()));
        assertEquals(new TlaValue.Str("a\"b"), r.fields().get("s"));
        assertEquals(new TlaValue.Int(BigInteger.valueOf(-5)), r.fields().get("n"));
        assertEquals(new TlaValue.Sequence(List.of(TlaValue.Int.of(1),
                new TlaValue.SetValue(List.of(new TlaValue.ModelValue("p1"))))), r.fields().get("q"));
        assertEquals(new TlaValue.Function(List.of(new TlaValue.Mapping(TlaValue.Int.of(0), new TlaValue.Bool(true)))),
                r.fields().get("g"));
    }

    @Test
    void integersOfAnySize() {
        assertEquals(new TlaValue.Int(new BigInteger("-99999999999999999999999")), TlaValue.parse("-99999999999999999999999"));
    }

    @Test
    void multiLineValuesAsTlcWrapsThem() {
        TlaValue v = TlaValue.parse("[ a |-> 1,\n    b |-> {1,\n         2} ]");
        assertEquals(Map.of("a", TlaValue.Int.of(1), "b", new TlaValue.SetValue(List.of(TlaValue.Int.of(1), TlaValue.Int.of(2)))),
                ((TlaValue.Record) v).fields());
    }

    @Test
    void whatIsNotAValueIsKeptVerbatim() {
        assertEquals(new TlaValue.Opaque("1..3"), TlaValue.parse("1..3"));
        assertEquals(new TlaValue.Opaque("{{"), TlaValue.parse("{{"));
        assertEquals(new TlaValue.Opaque("\"unterminated"), TlaValue.parse("\"unterminated"));
        TlaValue.SetValue s = assertInstanceOf(TlaValue.SetValue.class, TlaValue.parse("{1..3, 5}"));
        assertEquals(new TlaValue.Opaque("1..3"), s.elements().get(0));
    }
}
