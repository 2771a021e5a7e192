package dev.invar.cli.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The violated property's definition, found in the spec or a module it extends. */
class PropertyDefinitionTest {
    @Test
    void theDefinitionRunsToTheNextTopLevelLineAndIsFoundInAnExtendedModule(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Base.tla"), """
                ---- MODULE Base ----
                EXTENDS Naturals,
                        Sequences
                VARIABLE x
                Safe ==
                    /\\ x >= 0

                    /\\ x < 10
                \\* a comment at the margin ends it
                Other == TRUE
                ====
                """);
        Files.writeString(dir.resolve("Variant.tla"), """
                ---- MODULE Variant ----
                EXTENDS Base, TLC
                Next == x' = x + 1
                ====
                """);
        PropertyDefinition d = PropertyDefinition.find(dir.resolve("Variant.tla"), "Safe").orElseThrow();
        assertEquals("Base.tla", d.file());
        assertEquals(5, d.line());
        assertEquals("Safe ==\n    /\\ x >= 0\n\n    /\\ x < 10", d.text());
        assertEquals("Other == TRUE", PropertyDefinition.find(dir.resolve("Variant.tla"), "Other").orElseThrow().text());
    }

    @Test
    void expressionsAndMissingFilesHaveNoDefinition(@TempDir Path dir) {
        assertTrue(PropertyDefinition.find(dir.resolve("Gone.tla"), "Safe").isEmpty());
        assertTrue(PropertyDefinition.find(dir.resolve("Gone.tla"), "x <= N").isEmpty());
    }
}
