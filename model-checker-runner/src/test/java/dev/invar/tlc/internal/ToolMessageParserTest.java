package dev.invar.tlc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ToolMessageParserTest {

    private static ToolMessage only(List<ToolMessageParser.Output> out) {
        assertEquals(1, out.size(), out.toString());
        return assertInstanceOf(ToolMessageParser.Message.class, out.get(0)).message();
    }

    @Test
    void framesAMessageWithCodeSeverityAndBody() {
        ToolMessage m = only(ToolMessageParser.parseAll(List.of(
                "@!@!@STARTMSG 2110:1 @!@!@", "Invariant Small is violated.", "@!@!@ENDMSG 2110 @!@!@")));
        assertEquals(2110, m.code());
        assertEquals(1, m.severity());
        assertEquals("Invariant Small is violated.", m.body());
    }

    @Test
    void keepsMessagesNestedInsideAnotherEvenMidLine() {
        List<ToolMessageParser.Output> out = ToolMessageParser.parseAll(RecordedOutput.lines("Missing"));
        ToolMessage general = out.stream().filter(o -> o instanceof ToolMessageParser.Message)
                .map(o -> ((ToolMessageParser.Message) o).message()).filter(m -> m.code() == 1000).findFirst().orElseThrow();
        assertEquals(1, general.nested().size());
        ToolMessage config = general.nested().get(0);
        assertEquals(5001, config.code());
        assertTrue(config.body().contains("File not found."), config.body());
        assertTrue(general.body().contains("ConfigFileException"), general.body());
    }

    @Test
    void unframedLinesAreKeptInOrder() {
        List<ToolMessageParser.Output> out = ToolMessageParser.parseAll(List.of("Parsing file A.tla",
                "@!@!@STARTMSG 2185:0 @!@!@", "Starting...", "@!@!@ENDMSG 2185 @!@!@", "trailing"));
        assertEquals(new ToolMessageParser.Unframed("Parsing file A.tla"), out.get(0));
        assertEquals(2185, assertInstanceOf(ToolMessageParser.Message.class, out.get(1)).message().code());
        assertEquals(new ToolMessageParser.Unframed("trailing"), out.get(2));
    }

    @Test
    void unknownCodesAreKept() {
        ToolMessage m = only(ToolMessageParser.parseAll(List.of("@!@!@STARTMSG 9999:3 @!@!@", "future", "@!@!@ENDMSG 9999 @!@!@")));
        assertEquals(9999, m.code());
        assertEquals("future", m.body());
    }

    @Test
    void aMessageLeftOpenIsClosedAtTheEndOfOutputWithWhatFollowedNestedInIt() {
        ToolMessage m = only(ToolMessageParser.parseAll(List.of("@!@!@STARTMSG 2230:1 @!@!@", "left open",
                "@!@!@STARTMSG 2186:0 @!@!@", "Finished in 1ms", "@!@!@ENDMSG 2186 @!@!@")));
        assertEquals(2230, m.code());
        assertEquals("left open", m.body());
        assertEquals(2186, m.nested().get(0).code());
    }

    @Test
    void anEndForAnOuterMessageClosesTheInnerOnesToo() {
        ToolMessage m = only(ToolMessageParser.parseAll(List.of("@!@!@STARTMSG 1:0 @!@!@", "@!@!@STARTMSG 2:0 @!@!@",
                "inner", "@!@!@ENDMSG 1 @!@!@")));
        assertEquals(1, m.code());
        assertEquals("inner", m.nested().get(0).body());
    }
}
