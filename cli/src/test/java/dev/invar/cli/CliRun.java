package dev.invar.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the invar command in-process through the same factory as {@link Main}, capturing its output. */
public record CliRun(int exitCode, String out, String err) {
    /** Small TLA+ models shared with the runner's tests. */
    public static final Path MODELS = Path.of("../model-checker-runner/src/test/resources/models").toAbsolutePath().normalize();

    public static CliRun in(Path directory, String... args) {
        return in(directory, Map.of(), args);
    }

    public static CliRun in(Path directory, Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), environment, directory, false);
        int code = Invar.commandLine(console).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    public static CliRun models(String... args) {
        return in(MODELS, args);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
