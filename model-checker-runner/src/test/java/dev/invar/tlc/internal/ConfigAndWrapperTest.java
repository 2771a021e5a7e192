package dev.invar.tlc.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.invar.tlc.ConfigSyntaxException;
import dev.invar.tlc.ModelOverrides;
import dev.invar.tlc.TlcConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigAndWrapperTest {

    @Test
    void readsEveryKindOfEntryAndComments() {
        TlcConfig c = TlcConfig.parse("""
                \\* a comment
                CONSTANTS N = 3  Procs = {p1, p2} (* block *) Op <- MyOp
                CONSTANT Name = "x y"
                SPECIFICATION FairSpec
                INVARIANTS TypeOK Safe
                PROPERTY Live
                SYMMETRY Perms
                CHECK_DEADLOCK FALSE
                """, "M.cfg");
        assertEquals(List.of("N = 3", "Procs = {p1, p2}", "Op <- MyOp", "Name = \"x y\""),
                c.constants().stream().map(TlcConfig.Constant::toString).toList());
        assertEquals(Optional.of("FairSpec"), c.specification());
        assertEquals(List.of("TypeOK", "Safe"), c.invariants());
        assertEquals(List.of("Live"), c.properties());
        assertEquals(Optional.of("Perms"), c.symmetry());
        assertEquals(Optional.of(false), c.checkDeadlock());
        assertEquals(c, TlcConfig.parse(c.toText(), "again.cfg"), "what Invar writes it reads back the same");
    }

    @Test
    void syntaxErrorsSayWhere() {
        ConfigSyntaxException e = assertThrows(ConfigSyntaxException.class,
                () -> TlcConfig.parse("INIT Init\nINVARIANTS TypeOK\nCONSTANT N 3\n", "Bad.cfg"));
        assertEquals("Bad.cfg", e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("Bad.cfg:3:"), e.getMessage());
    }

    @Test
    void wrapperNamesExpressionsAndOverridesConstants() {
        TlcConfig base = TlcConfig.parse("CONSTANT N = 3\nINIT Init\nNEXT Next\nINVARIANT TypeOK\n", "M.cfg");
        ModelOverrides o = new ModelOverrides(Map.of("N", "5"), List.of("TypeOK", "x <= N"), List.of("<>(x = N)"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        GeneratedModel g = GeneratedModel.build("M", "---- MODULE M ----\n====", base, o);
        TlcConfig written = TlcConfig.parse(g.configText(), "w.cfg");
        assertEquals("5", written.constant("N").orElseThrow().value());
        assertEquals(List.of("TypeOK", "InvarInvariant_1"), written.invariants());
        assertEquals(List.of("InvarProperty_1"), written.properties());
        assertEquals(Map.of("InvarInvariant_1", "x <= N", "InvarProperty_1", "<>(x = N)"), g.definitions());
        assertTrue(g.moduleText().contains("EXTENDS M\n"), g.moduleText());
        assertTrue(g.moduleText().contains("InvarInvariant_1 ==\n    x <= N"), g.moduleText());
        // Where each expression lies in the wrapper, so that an error TLC places there is said of it.
        assertEquals(List.of(new GeneratedModel.Given("invariant", "TypeOK", "TypeOK", 0, 0, 0, 0),
                new GeneratedModel.Given("invariant", "x <= N", "InvarInvariant_1", 6, 6, 4, 8),
                new GeneratedModel.Given("property", "<>(x = N)", "InvarProperty_1", 9, 9, 4, 11)), g.given());
        String[] lines = g.moduleText().split("\n");
        assertEquals("    x <= N", lines[5]);
        assertEquals("    <>(x = N)", lines[8]);
    }

    @Test
    void withoutAConfigTheBehaviourIsSpecIfDefinedElseInitAndNext() {
        ModelOverrides o = new ModelOverrides(Map.of(), List.of("TypeOK"), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
        assertEquals(Optional.of("Spec"), TlcConfig.parse(GeneratedModel.build("M", "Spec == Init /\\\\ [][Next]_v",
                TlcConfig.empty(), o).configText(), "w").specification());
        TlcConfig plain = TlcConfig.parse(GeneratedModel.build("M", "Init == x = 0", TlcConfig.empty(), o).configText(), "w");
        assertEquals(Optional.of("Init"), plain.init());
        assertEquals(Optional.of("Next"), plain.next());
    }
}
