package dev.invar.tlc.internal;

import dev.invar.tlc.CheckResult;
import dev.invar.tlc.Mode;
import dev.invar.tlc.TlcEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Replays a recorded {@code -tool} output (src/test/resources/tool-output) through the real pipeline. */
final class RecordedOutput {
    private RecordedOutput() {
    }

    static List<String> lines(String name) {
        try {
            return Files.readAllLines(Path.of("src/test/resources/tool-output", name + ".out"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<TlcEvent> events(String name) {
        List<TlcEvent> events = new ArrayList<>();
        EventTranslator translator = new EventTranslator(events::add);
        ToolMessageParser.parseAll(lines(name)).forEach(translator::accept);
        return events;
    }

    static CheckResult result(String name, Mode mode, int exitCode) {
        ResultAssembler assembler = new ResultAssembler();
        events(name).forEach(assembler::onEvent);
        return assembler.assemble(ProcessOutcome.exited(mode, exitCode), UnaryOperator.identity());
    }
}
