package dev.invar.ci.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleClosureTest {

    @Test
    void readsExtendsAndInstanceButNotComments() {
        assertEquals(Set.of("Naturals", "Helpers", "Voting", "Model"), ModuleClosure.imported("""
                ---- MODULE Spec ----
                EXTENDS Naturals,
                        Helpers
                \\* EXTENDS Commented
                (* INSTANCE AlsoCommented *)
                V == INSTANCE Voting WITH x <- y
                INSTANCE Model
                CONSTANT N
                ====
                """));
    }

    @Test
    void followsModulesBesideTheSpecTransitivelyAndAddsTheConfig(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("A.tla"), "---- MODULE A ----\nEXTENDS B, Naturals\n====\n");
        Files.writeString(dir.resolve("B.tla"), "---- MODULE B ----\nI == INSTANCE C\n====\n");
        Files.writeString(dir.resolve("C.tla"), "---- MODULE C ----\n====\n");
        Files.writeString(dir.resolve("Unrelated.tla"), "---- MODULE Unrelated ----\n====\n");
        Files.writeString(dir.resolve("A.cfg"), "INIT Init\n");
        assertEquals(Set.of("A.tla", "B.tla", "C.tla", "A.cfg"), ModuleClosure.of(dir.resolve("A.tla"), dir.resolve("A.cfg"))
                .stream().map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
    }
}
