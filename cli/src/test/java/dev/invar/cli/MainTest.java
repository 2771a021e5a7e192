package dev.invar.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void runningOutOfHeapIsOneLineAndTlcsSystemErrorCode() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.exitCode(() -> {
            throw new OutOfMemoryError("Java heap space");
        }, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(ExitCodes.SYSTEM, code);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("invar: out of memory (") && text.contains("INVAR_JAVA_OPTS=-Xmx"), text);
        assertEquals(1, text.lines().count(), text);
    }

    @Test
    void theCommandsOwnCodeOtherwise() {
        assertEquals(12, Main.exitCode(() -> 12, System.err));
    }
}
