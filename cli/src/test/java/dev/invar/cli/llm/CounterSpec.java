package dev.invar.cli.llm;

import dev.invar.assistant.Candidate;
import dev.invar.assistant.SpecContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The small spec the LLM tests draft for, and the refutation a second round is shown. */
final class CounterSpec {
    static final String COUNTEREXAMPLE = "State 1: <Init>\n/\\ count = 0\n/\\ groups = {{3}}";

    private CounterSpec() {
    }

    static String moduleText() {
        try (InputStream in = CounterSpec.class.getResourceAsStream("/llm/Counter.tla")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SpecContext context() {
        return new SpecContext(Path.of("Counter.tla"), "Counter", moduleText(), List.of("count", "groups"),
                List.of("N = 3"), List.of("Inc"),
                Optional.of("TypeOK == count \\in 0..N /\\ groups \\in SUBSET {{1, 2}, {3}}"),
                List.of("/\\ count = 0\n/\\ groups = {}", "/\\ count = 2\n/\\ groups = {}"), List.of());
    }

    static SpecContext afterRefuting(Candidate candidate) {
        return context().withRefuted(List.of(new SpecContext.Refutation(candidate,
                "violated: a reachable state makes it false", Optional.of(COUNTEREXAMPLE))));
    }
}
